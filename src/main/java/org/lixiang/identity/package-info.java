/**
 * People and organizations: users with their roles, applicant organizations with their
 * 统一社会信用代码, self-registration, login (with throttling) and the admin's user management.
 */
package org.lixiang.identity;
