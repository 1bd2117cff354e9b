package org.lixiang.identity.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.identity.UserAccount;
import org.lixiang.identity.UserAdminService.OrganizationOption;
import org.lixiang.identity.UserDraft;

/** Create or edit one account: name, contact, organization, roles, enabled. */
class UserForm extends FormLayout {

    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final ComboBox<OrganizationOption> organization = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    private final FieldErrors errors = new FieldErrors(this);

    UserForm(List<OrganizationOption> organizations, UserAccount existing) {
        username.setLabel(getTranslation("registration.username"));
        password.setLabel(getTranslation(existing == null ? "registration.password" : "users.newPassword"));
        password.setHelperText(getTranslation(existing == null ? "registration.passwordHelp" : "users.newPasswordHelp"));
        displayName.setLabel(getTranslation("registration.displayName"));
        email.setLabel(getTranslation("registration.email"));
        phone.setLabel(getTranslation("registration.phone"));
        organization.setLabel(getTranslation("users.organization"));
        organization.setItems(organizations);
        organization.setItemLabelGenerator(o -> o.name() + " (" + o.creditCode() + ")");
        organization.setClearButtonVisible(true);
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        enabled.setLabel(getTranslation("users.enabled"));
        enabled.setValue(true);
        errors.bind("username", username).bind("password", password).bind("displayName", displayName)
                .bind("email", email).bind("phone", phone).bind("organization", organization)
                .bind("roles", roles);
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
            organizations.stream().filter(o -> o.creditCode().equals(existing.organizationCreditCode()))
                    .findFirst().ifPresent(organization::setValue);
            roles.setValue(existing.roles());
            enabled.setValue(existing.enabled());
        }
        add(username, password, displayName, email, phone, organization, roles, enabled);
    }

    UserDraft value() {
        return new UserDraft(username.getValue(), password.getValue(), displayName.getValue(), email.getValue(),
                phone.getValue(), organization.getValue() == null ? null : organization.getValue().creditCode(),
                roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                enabled.getValue());
    }

    void showProblems(InvalidInputException e) {
        errors.show(e);
    }
}
