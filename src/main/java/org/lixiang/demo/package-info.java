/**
 * Demo data for the zero-set-up embedded default: organizations, an account for every role and
 * an open call, created through the real services so it obeys the same rules as user input.
 */
package org.lixiang.demo;
