package org.lixiang.base.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.lixiang.base.audit.AuditEntry;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.base.audit.AuditQuery;

/**
 * Audit entries matching a query, newest first, paged lazily from the database (the trail grows
 * without end); a click shows one entry with what it changed. Used by the search screen and by
 * the officer's proposal page.
 */
public class AuditEntryGrid extends Grid<AuditEntry> {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Supplier<AuditQuery> query;

    public AuditEntryGrid(AuditLog audit, Supplier<AuditQuery> query, ZoneId zone) {
        this.query = query;
        addColumn(e -> FORMAT.format(e.getOccurredAt().atZone(zone))).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> actor(this, e)).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        addColumn(e -> actionLabel(this, e.getAction())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        addColumn(e -> objectLabel(this, e)).setHeader(getTranslation("audit.object")).setAutoWidth(true);
        addColumn(e -> e.getDetail() == null ? "" : e.getDetail()).setHeader(getTranslation("audit.detail"))
                .setFlexGrow(3);
        addColumn(e -> e.getRemoteAddress() == null ? "" : e.getRemoteAddress())
                .setHeader(getTranslation("audit.address")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("audit.none"));
        setItems(q -> audit.search(query.get(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(query.get())));
        addItemClickListener(e -> new AuditEntryDialog(e.getItem(), zone).open());
    }

    /** Reads the query again, e.g. after a filter changed. */
    public void refresh() {
        getDataProvider().refreshAll();
    }

    static String actor(Component c, AuditEntry e) {
        return e.getActorName() == null ? c.getTranslation("audit.system") : e.getActorName();
    }

    /** The action's name in the user's language; an action recorded by a newer feature shows its code. */
    static String actionLabel(Component c, String action) {
        String label = c.getTranslation("audit.action." + action);
        return label.startsWith("!") ? action : label;
    }

    static String objectLabel(Component c, AuditEntry e) {
        if (e.getObjectType() == null) {
            return "";
        }
        String type = c.getTranslation("audit.objectType." + e.getObjectType());
        return (type.startsWith("!") ? e.getObjectType() : type) + " " + (e.getObjectId() == null ? "" : e.getObjectId());
    }
}
