/**
 * Expert review screens. {@code ReviewOutcomePanel} is reused by the decision screens (the
 * department opinion), hence the named interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.lixiang.review.ui;
