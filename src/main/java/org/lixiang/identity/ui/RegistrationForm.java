package org.lixiang.identity.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.identity.Organization;

/**
 * The applicant's registration form: the person, then their organization. A plain component
 * that fires {@link SubmitEvent}; the view calls the service and hands problems back.
 */
public class RegistrationForm extends FormLayout {

    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField organizationName = new TextField();
    final TextField creditCode = new TextField();
    final Select<Organization.Kind> organizationKind = new Select<>();
    final TextField contactName = new TextField();
    final TextField contactPhone = new TextField();
    final Button submit = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    public RegistrationForm() {
        username.setLabel(getTranslation("registration.username"));
        username.setHelperText(getTranslation("registration.usernameHelp"));
        username.setMaxLength(50);
        password.setLabel(getTranslation("registration.password"));
        password.setHelperText(getTranslation("registration.passwordHelp"));
        displayName.setLabel(getTranslation("registration.displayName"));
        displayName.setMaxLength(50);
        email.setLabel(getTranslation("registration.email"));
        phone.setLabel(getTranslation("registration.phone"));
        organizationName.setLabel(getTranslation("registration.organizationName"));
        organizationName.setMaxLength(200);
        creditCode.setLabel(getTranslation("registration.creditCode"));
        creditCode.setHelperText(getTranslation("registration.creditCodeHelp"));
        creditCode.setMaxLength(24);
        organizationKind.setLabel(getTranslation("registration.organizationKind"));
        organizationKind.setItems(Organization.Kind.values());
        organizationKind.setItemLabelGenerator(k -> getTranslation("organization.kind." + k.name()));
        contactName.setLabel(getTranslation("registration.contactName"));
        contactPhone.setLabel(getTranslation("registration.contactPhone"));
        username.setId("reg-username");
        password.setId("reg-password");
        creditCode.setId("reg-credit-code");

        submit.setText(getTranslation("registration.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> fireEvent(new SubmitEvent(this)));
        submit.setId("reg-submit");

        errors.bind("username", username).bind("password", password).bind("displayName", displayName)
                .bind("email", email).bind("phone", phone).bind("organizationName", organizationName)
                .bind("creditCode", creditCode).bind("organizationKind", organizationKind)
                .bind("contactName", contactName).bind("contactPhone", contactPhone);

        add(new H3(getTranslation("registration.person")), 2);
        add(username, password, displayName, email, phone);
        add(new H3(getTranslation("registration.organization")), 2);
        add(organizationName, creditCode, organizationKind, contactName, contactPhone);
        add(submit, 2);
    }

    org.lixiang.identity.Registration value() {
        return new org.lixiang.identity.Registration(username.getValue(), password.getValue(),
                displayName.getValue(), email.getValue(), phone.getValue(), organizationName.getValue(),
                creditCode.getValue(), organizationKind.getValue(), contactName.getValue(), contactPhone.getValue());
    }

    void showProblems(InvalidInputException e) {
        errors.show(e);
        submit.setEnabled(true);
    }

    Registration addSubmitListener(com.vaadin.flow.component.ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The user asked to register. */
    public static class SubmitEvent extends ComponentEvent<RegistrationForm> {
        SubmitEvent(RegistrationForm source) {
            super(source, false);
        }
    }
}
