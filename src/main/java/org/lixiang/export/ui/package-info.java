/**
 * The export button the features' screens place next to their lists: runs an export off the UI
 * thread, shows its progress, then offers the file. A named interface, because the review and
 * decision screens use it.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.lixiang.export.ui;
