package org.lixiang.workflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.lixiang.base.ui.MainLayout;
import org.lixiang.workflow.TaskTakenException;

/** A colleague already took this step (two officers opened the same proposal). */
@ParentLayout(MainLayout.class)
@PermitAll
public class TaskTakenView extends VerticalLayout implements HasErrorParameter<TaskTakenException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TaskTakenException> parameter) {
        removeAll();
        setId("task-taken");
        add(new H2(getTranslation("tasks.takenTitle")), new Paragraph(getTranslation("error.taskTaken")),
                new Anchor("tasks", getTranslation("menu.tasks")));
        return HttpServletResponse.SC_CONFLICT;
    }
}
