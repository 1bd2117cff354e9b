package org.lixiang.tracking.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.tracking.DashboardFigures;
import org.lixiang.tracking.DashboardFigures.Amounts;
import org.lixiang.tracking.DashboardFigures.FieldCount;
import org.lixiang.tracking.DashboardFigures.OrganizationCount;
import org.lixiang.tracking.DashboardFigures.ReviewProgress;
import org.lixiang.tracking.DashboardFigures.Stage;
import org.lixiang.workflow.ProcessHistory.StepTime;

/** Turns the dashboard's figures into panels: a chart and the same numbers as table rows. */
class Figures {

    /** Translation in the view's language: getTranslation of the view. */
    interface Texts {
        String tr(String key, Object... params);
    }

    /** The organizations drawn in the chart; the table lists all of them. */
    static final int ORGANIZATIONS_CHARTED = 10;

    private final DashboardFigures f;
    private final Texts t;
    private final Locale locale;

    Figures(DashboardFigures figures, Texts texts, Locale locale) {
        this.f = figures;
        this.t = texts;
        this.locale = locale;
    }

    FigurePanel funnel() {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        long submitted = f.funnel().get(0).proposals();
        for (Stage s : f.funnel()) {
            labels.add(t.tr(s.stage().labelKey()));
            values.add(s.proposals());
            rows.add(List.of(t.tr(s.stage().labelKey()), count(s.proposals()), percent(s.proposals(), submitted)));
        }
        for (ProposalStatus status : ProposalStatus.values()) {
            rows.add(List.of(t.tr("dashboard.inStatus", t.tr(status.labelKey())),
                    count(f.byStatus().getOrDefault(status, 0L)), ""));
        }
        String title = t.tr("dashboard.funnel");
        return new FigurePanel("figure-funnel", title, new ChartCanvas(ChartCanvas.Kind.HORIZONTAL_BAR, title)
                .labels(labels).seriesColouredPerItem(t.tr("dashboard.proposals"), values).draw(),
                List.of(t.tr("dashboard.stage"), t.tr("dashboard.proposals"), t.tr("dashboard.ofSubmitted")), rows);
    }

    FigurePanel reviews() {
        ReviewProgress r = f.reviews();
        List<String> keys = List.of("dashboard.reviews.submitted", "dashboard.reviews.due", "dashboard.reviews.overdue",
                "dashboard.reviews.declined", "dashboard.reviews.awaitingConfirmation");
        List<Long> values = List.of(r.submitted(), r.due(), r.overdue(), r.declined(), r.awaitingConfirmation());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            rows.add(List.of(t.tr(keys.get(i)), count(values.get(i))));
        }
        String title = t.tr("dashboard.reviews");
        return new FigurePanel("figure-reviews", title, new ChartCanvas(ChartCanvas.Kind.DOUGHNUT, title)
                .labels(keys.stream().map(t::tr).toList()).seriesColouredPerItem(t.tr("dashboard.reviews.count"), values)
                .draw(), List.of(t.tr("dashboard.reviews.state"), t.tr("dashboard.reviews.count")), rows);
    }

    /** The unit the step times are shown in: the largest that keeps the longest average at one or more. */
    enum TimeUnit {
        DAYS(Duration.ofDays(1)), HOURS(Duration.ofHours(1)), MINUTES(Duration.ofMinutes(1));

        final Duration length;

        TimeUnit(Duration length) {
            this.length = length;
        }

        static TimeUnit fitting(Duration longestAverage) {
            for (TimeUnit u : values()) {
                if (longestAverage.compareTo(u.length) >= 0) {
                    return u;
                }
            }
            return MINUTES;
        }

        BigDecimal of(Duration d) {
            return BigDecimal.valueOf(d.toMillis()).divide(BigDecimal.valueOf(length.toMillis()), 1, RoundingMode.HALF_UP);
        }
    }

    FigurePanel steps() {
        TimeUnit unit = TimeUnit.fitting(f.steps().stream().map(StepTime::average).max(Duration::compareTo)
                .orElse(Duration.ZERO));
        List<String> labels = new ArrayList<>();
        List<BigDecimal> averages = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (StepTime s : f.steps()) {
            String name = stepName(s.stepKey());
            labels.add(name);
            averages.add(unit.of(s.average()));
            rows.add(List.of(name, count(s.completed()), t.tr("dashboard.duration." + unit, unit.of(s.average())),
                    t.tr("dashboard.duration." + unit, unit.of(s.longest()))));
        }
        String title = t.tr("dashboard.steps");
        return new FigurePanel("figure-steps", title, new ChartCanvas(ChartCanvas.Kind.HORIZONTAL_BAR, title)
                .labels(labels).series(t.tr("dashboard.steps.averageIn." + unit), averages).fractions().draw(),
                List.of(t.tr("dashboard.steps.step"), t.tr("dashboard.steps.completed"), t.tr("dashboard.steps.average"),
                        t.tr("dashboard.steps.longest")), rows);
    }

    FigurePanel amounts() {
        Amounts a = f.amounts();
        List<String> keys = List.of("dashboard.amounts.envelope", "dashboard.amounts.requested",
                "dashboard.amounts.recommended", "dashboard.amounts.planned", "dashboard.amounts.funded");
        List<BigDecimal> values = List.of(a.envelope(), a.requested(), a.recommended(), a.planned(), a.funded());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            rows.add(List.of(t.tr(keys.get(i)), amount(values.get(i)), percent(values.get(i), a.envelope())));
        }
        String title = t.tr("dashboard.amounts");
        return new FigurePanel("figure-amounts", title, new ChartCanvas(ChartCanvas.Kind.BAR, title)
                .labels(keys.stream().map(t::tr).toList()).seriesColouredPerItem(t.tr("dashboard.amounts.yuan"), values)
                .draw(), List.of(t.tr("dashboard.amounts.what"), t.tr("dashboard.amounts.yuan"),
                        t.tr("dashboard.amounts.ofEnvelope")), rows);
    }

    FigurePanel byField() {
        List<String> labels = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Long> submitted = new ArrayList<>();
        List<Long> passed = new ArrayList<>();
        List<Long> approved = new ArrayList<>();
        for (FieldCount c : f.byField()) {
            String name = c.field() == null ? t.tr("dashboard.none") : t.tr(c.field().labelKey());
            labels.add(name);
            submitted.add(c.submitted());
            passed.add(c.passedFormalReview());
            approved.add(c.approved());
            rows.add(List.of(name, count(c.submitted()), count(c.passedFormalReview()), count(c.approved())));
        }
        String title = t.tr("dashboard.byField");
        return new FigurePanel("figure-fields", title, new ChartCanvas(ChartCanvas.Kind.BAR, title).labels(labels)
                .series(t.tr("dashboard.stage.SUBMITTED"), submitted)
                .series(t.tr("dashboard.stage.PASSED_FORMAL_REVIEW"), passed)
                .series(t.tr("dashboard.stage.APPROVED"), approved).draw(),
                List.of(t.tr("dashboard.field"), t.tr("dashboard.stage.SUBMITTED"),
                        t.tr("dashboard.stage.PASSED_FORMAL_REVIEW"), t.tr("dashboard.stage.APPROVED")), rows);
    }

    FigurePanel byOrganization() {
        List<String> labels = new ArrayList<>();
        List<Long> submitted = new ArrayList<>();
        List<Long> approved = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (OrganizationCount c : f.byOrganization()) {
            String name = c.organization() == null ? t.tr("dashboard.none") : c.organization();
            if (labels.size() < ORGANIZATIONS_CHARTED) {
                labels.add(name);
                submitted.add(c.submitted());
                approved.add(c.approved());
            }
            rows.add(List.of(name, count(c.submitted()), count(c.approved())));
        }
        String title = t.tr("dashboard.byOrganization");
        return new FigurePanel("figure-organizations", title, new ChartCanvas(ChartCanvas.Kind.HORIZONTAL_BAR, title)
                .labels(labels).series(t.tr("dashboard.stage.SUBMITTED"), submitted)
                .series(t.tr("dashboard.stage.APPROVED"), approved).draw(),
                List.of(t.tr("dashboard.organization"), t.tr("dashboard.stage.SUBMITTED"),
                        t.tr("dashboard.stage.APPROVED")), rows);
    }

    /** A step's name from the bundles; a step the bundles do not name yet shows its id. */
    private String stepName(String stepKey) {
        String name = t.tr("process.step." + stepKey);
        return name.startsWith("!") ? stepKey : name;
    }

    private String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    private String amount(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private String percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(part.divide(whole, 4, RoundingMode.HALF_UP));
    }
}
