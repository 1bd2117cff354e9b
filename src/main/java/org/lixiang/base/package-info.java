/**
 * Shared ground of every feature: entity base class, roles, the current user, the clock,
 * i18n, input problems, and the UI shell (main layout, error views).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.lixiang.base;
