package org.lixiang.base.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import org.lixiang.base.audit.AuditChanges;
import org.lixiang.base.audit.AuditEntry;

/** One audit entry in full: who, when, from where, the detail and the changed fields before and after. */
class AuditEntryDialog extends Dialog {

    AuditEntryDialog(AuditEntry entry, ZoneId zone) {
        setHeaderTitle(getTranslation("audit.entryTitle", AuditEntryGrid.actionLabel(this, entry.getAction()),
                AuditEntryGrid.FORMAT.format(entry.getOccurredAt().atZone(zone))));
        setWidth("min(900px, 95vw)");
        add(new Paragraph(getTranslation("label.withColon", getTranslation("audit.actor")) + AuditEntryGrid.actor(this, entry)
                + (entry.getRemoteAddress() == null ? "" : " · " + entry.getRemoteAddress())));
        String object = AuditEntryGrid.objectLabel(this, entry);
        if (!object.isEmpty()) {
            add(new Paragraph(getTranslation("label.withColon", getTranslation("audit.object")) + object));
        }
        if (entry.getDetail() != null) {
            add(new Paragraph(entry.getDetail()));
        }
        add(new H4(getTranslation("audit.changes")));
        if (entry.getChanges().isEmpty()) {
            add(new Paragraph(getTranslation("audit.noChanges")));
        } else {
            Grid<AuditChanges.Change> changes = new Grid<>();
            changes.addColumn(AuditChanges.Change::field).setHeader(getTranslation("audit.field")).setAutoWidth(true);
            changes.addColumn(AuditChanges.Change::before).setHeader(getTranslation("audit.before")).setFlexGrow(2);
            changes.addColumn(AuditChanges.Change::after).setHeader(getTranslation("audit.after")).setFlexGrow(2);
            changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            changes.setAllRowsVisible(true);
            changes.setItems(entry.getChanges());
            changes.setId("audit-changes");
            add(changes);
        }
        getFooter().add(new Button(getTranslation("audit.close"), e -> close()));
    }
}
