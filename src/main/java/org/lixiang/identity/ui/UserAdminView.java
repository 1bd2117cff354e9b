package org.lixiang.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.Notifications;
import org.lixiang.identity.UserAccount;
import org.lixiang.identity.UserAdminService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The admin's list of accounts: search, create experts/officers/leaders, change roles, disable. */
@Route("admin/users")
@Menu(title = "menu.users", order = 90)
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService users;
    final Grid<UserAccount> grid = new Grid<>();
    final TextField filter = new TextField();

    public UserAdminView(UserAdminService users) {
        this.users = users;
        setSizeFull();
        filter.setPlaceholder(getTranslation("users.search"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");

        grid.addColumn(UserAccount::username).setHeader(getTranslation("registration.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("registration.displayName"));
        grid.addColumn(UserAccount::organizationName).setHeader(getTranslation("users.organization"));
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation(r.labelKey()))
                        .collect(Collectors.joining(getTranslation("list.separator"))))
                .setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.active" : "users.disabled"))
                .setHeader(getTranslation("users.enabled"));
        grid.setItems(q -> users.page(filter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) users.count(filter.getValue()));
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        add(new HorizontalLayout(filter, add), grid);
    }

    private void openEditor(UserAccount existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "users.add" : "users.edit"));
        UserForm form = new UserForm(users.organizations(), existing);
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                if (existing == null) {
                    users.create(form.value());
                } else {
                    users.update(existing.id(), existing.version(), form.value());
                }
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success(getTranslation("action.saved"));
            } catch (InvalidInputException problems) {
                form.showProblems(problems);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                Notifications.error(getTranslation("error.concurrentEdit"));
            } finally {
                save.setEnabled(true);
            }
        });
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users") + " · " + getTranslation("app.name");
    }
}
