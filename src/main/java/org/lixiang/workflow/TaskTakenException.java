package org.lixiang.workflow;

import org.lixiang.base.ConflictException;

/** Another user with the same role has taken this task (e.g. a colleague started the formal review). */
public class TaskTakenException extends ConflictException {

    public TaskTakenException(String taskId) {
        super("error.taskTaken", "task " + taskId + " was taken by another user");
    }
}
