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
import org.lixiang.workflow.TaskGoneException;

/** A step opened from a stale list or a second tab that was completed meanwhile: said plainly, not an error page. */
@ParentLayout(MainLayout.class)
@PermitAll
public class TaskGoneView extends VerticalLayout implements HasErrorParameter<TaskGoneException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TaskGoneException> parameter) {
        removeAll();
        setId("task-gone");
        add(new H2(getTranslation("tasks.goneTitle")), new Paragraph(getTranslation("error.taskGone")),
                new Anchor("tasks", getTranslation("menu.tasks")));
        return HttpServletResponse.SC_GONE;
    }
}
