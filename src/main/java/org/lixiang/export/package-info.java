/**
 * Exports (导出): the shared means of writing the files the bureau files and publishes — Excel
 * workbooks whose text can never turn into a formula, PDF documents with an embedded Chinese
 * font — and of producing them off the UI thread with the caller's identity. What goes into
 * each file belongs to the feature that owns the data ({@code review}, {@code decision}); this
 * module depends on nothing but {@code base}, so those features and their screens can use it
 * without a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exports")
package org.lixiang.export;
