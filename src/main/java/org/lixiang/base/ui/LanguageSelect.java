package org.lixiang.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;
import org.lixiang.base.Messages;

/**
 * 简体中文 / English. Changing it switches the session's language and reloads the page so every
 * text is drawn again in the new language.
 */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(Consumer<Locale> onChange) {
        setItems(Messages.CHINESE, Messages.ENGLISH);
        // each language is named in itself, so a user who cannot read the current one finds theirs
        setItemLabelGenerator(l -> Messages.CHINESE.equals(l) ? "简体中文" : "English");
        setValue(Messages.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        setAriaLabel("Language / 语言");
        addClassName("language-select");
        setId("language-select");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                onChange.accept(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
