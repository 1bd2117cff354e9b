/**
 * The only feature that talks to Flowable. Other features start processes, list and complete
 * tasks through the services here, with ids only; every completion is authorized against the
 * current user first, because Flowable's API checks nothing itself.
 */
package org.lixiang.workflow;
