package org.lixiang.expert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.ui.Notifications;
import org.lixiang.expert.ExpertProfileDetails;
import org.lixiang.expert.ExpertService;
import org.lixiang.expert.ExpertUserOption;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The officer's editor of one expert's profile. Adding: pick a user with the expert role who has
 * no profile yet, then fill in the profile. Editing: the expert's name and organization on top.
 */
class ExpertEditorDialog extends Dialog {

    final ComboBox<ExpertUserOption> user = new ComboBox<>();
    final ExpertProfileForm form;
    private final ExpertService experts;
    private final ExpertProfileDetails existing;
    private final Runnable onSaved;
    private long version;

    ExpertEditorDialog(ExpertService experts, ExpertProfileDetails existing, LocalDate today, Runnable onSaved) {
        this.experts = experts;
        this.existing = existing;
        this.onSaved = onSaved;
        this.version = existing == null ? 0 : existing.version();
        setId("expert-editor");
        setWidth("min(56em, 95vw)");
        form = new ExpertProfileForm(today);
        if (existing == null) {
            setHeaderTitle(getTranslation("expert.add"));
            user.setLabel(getTranslation("expert.user"));
            user.setHelperText(getTranslation("expert.userHelp"));
            user.setItems(q -> experts.usersWithoutProfile(q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                    .stream());
            user.setItemLabelGenerator(u -> u.name() + " (" + u.username() + ")"
                    + (u.organizationName() == null ? "" : " · " + u.organizationName()));
            user.setWidthFull();
            user.setId("expert-user");
            form.bind("user", user);
            add(user);
        } else {
            setHeaderTitle(getTranslation("expert.edit"));
            add(new Paragraph(existing.name() + " (" + existing.username() + ")"
                    + (existing.organizationName() == null ? "" : " · " + existing.organizationName())));
            form.setValue(existing.profile());
        }
        add(form);
        form.addSaveListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }

    private void save() {
        try {
            if (existing == null) {
                experts.create(user.getValue() == null ? null : user.getValue().userId(), form.value());
            } else {
                version = experts.update(existing.userId(), version, form.value());
            }
            form.saved();
            close();
            onSaved.run();
            Notifications.success(getTranslation("expert.saved"));
        } catch (InvalidInputException problems) {
            form.showProblems(problems);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            form.saved();
            Notifications.error(getTranslation("error.concurrentEdit"));
        }
    }
}
