/**
 * Tracking (跟踪): the dashboard where officers and leaders see at a glance how a call, or all
 * calls, stand — every figure aggregated in the database over the other features' tables.
 */
package org.lixiang.tracking;
