package org.lixiang.workflow;

import org.lixiang.base.ConflictException;

/**
 * The task was completed or cancelled meanwhile (another officer was faster, or the same user
 * in another tab). The screen says so instead of failing.
 */
public class TaskGoneException extends ConflictException {

    public TaskGoneException(String taskId) {
        super("error.taskGone", "task " + taskId + " is no longer open");
    }
}
