package org.lixiang.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** An error line under a whole section (the budget, the declaration), shown only when it has a problem. */
class ErrorLine extends Span implements HasValidation {

    ErrorLine(String id) {
        addClassName("field-error");
        setId(id);
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String message) {
        setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
