package org.lixiang.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import javax.sql.DataSource;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.lixiang.call.AggregationRule;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;
import org.lixiang.call.Programme;
import org.lixiang.identity.CreditCode;
import org.lixiang.identity.Organization;
import org.lixiang.identity.UserAdminService;
import org.lixiang.identity.UserDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on first start of the embedded default. Runs as a built-in system
 * principal holding every role, so the services check and audit exactly as for a person.
 */
@Component
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoData {

    /** The password of every demo account; documented in the README, never used outside the demo. */
    static final String PASSWORD = "Demo@Lixiang2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoDataProperties properties;
    private final ObjectProvider<ServletContext> servletContext;
    private final DataSource dataSource;
    private final UserAdminService users;
    private final CallService calls;
    private final Clock clock;
    private final DemoProposals demoProposals;
    private final DemoDecisions demoDecisions;
    private final DemoExperts demoExperts;

    DemoData(DemoDataProperties properties, DataSource dataSource, UserAdminService users, CallService calls,
             Clock clock, DemoProposals demoProposals, DemoDecisions demoDecisions, DemoExperts demoExperts,
             ObjectProvider<ServletContext> servletContext) {
        this.servletContext = servletContext;
        this.demoProposals = demoProposals;
        this.demoDecisions = demoDecisions;
        this.demoExperts = demoExperts;
        this.properties = properties;
        this.dataSource = dataSource;
        this.users = users;
        this.calls = calls;
        this.clock = clock;
    }

    @Order(100)
    @EventListener(ApplicationReadyEvent.class)
    void loadIfWanted() throws Exception {
        DemoDataProperties.Mode mode = properties.mode();
        // auto: only for trying the portal out (embedded H2, development mode); a production build
        // loads demo accounts, with their published password, only when explicitly asked to
        if (mode == DemoDataProperties.Mode.NEVER
                || (mode == DemoDataProperties.Mode.AUTO && (!embedded() || productionMode()))) {
            return;
        }
        runAsSystem(() -> {
            if (users.count("") > 0) {
                return;
            }
            log.info("Empty database: loading demo data (accounts use the password in the README)");
            load();
        });
    }

    private boolean productionMode() {
        ServletContext servlet = servletContext.getIfAvailable();
        return servlet != null && ApplicationConfiguration.get(new VaadinServletContext(servlet)).isProductionMode();
    }

    private boolean embedded() throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
        return "H2".equalsIgnoreCase(product);
    }

    static void runAsSystem(Runnable work) {
        AppPrincipal system = new AppPrincipal(0, "system", null, "System", EnumSet.allOf(Role.class), null, true);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    void load() {
        String bureau = org("市科学技术局", "11330100", "MB0000017", Organization.Kind.GOVERNMENT);
        String tunnelInstitute = org("市交通工程研究院", "12330100", "MB1234561", Organization.Kind.INSTITUTE);
        String heatCo = org("华东精密热交换科技有限公司", "91330100", "MA2H7K8L3", Organization.Kind.COMPANY);
        String agriUniversity = org("东海农业大学", "12330000", "470012345", Organization.Kind.UNIVERSITY);
        String pharma = org("康元生物制药股份有限公司", "91330200", "MA28QW9T1", Organization.Kind.COMPANY);
        String materialsInstitute = org("省新材料研究所", "12330000", "4700654X2", Organization.Kind.INSTITUTE);
        String medicalUniversity = org("省医科大学附属第一医院", "12330000", "470098765", Organization.Kind.HOSPITAL);

        user("admin", "系统管理员", bureau, Role.ADMIN);
        user("officer", "王立科", bureau, Role.OFFICER);
        user("officer2", "陈晓敏", bureau, Role.OFFICER);
        user("leader", "李振华", bureau, Role.LEADER);
        user("applicant", "张伟", tunnelInstitute, Role.APPLICANT);
        user("applicant2", "刘洋", heatCo, Role.APPLICANT);
        user("applicant3", "赵丽", agriUniversity, Role.APPLICANT);
        user("applicant4", "孙浩", pharma, Role.APPLICANT);
        long expert = user("expert", "周建国", materialsInstitute, Role.EXPERT);
        long expert2 = user("expert2", "吴敏", medicalUniversity, Role.EXPERT);
        long expert3 = user("expert3", "郑海涛", agriUniversity, Role.EXPERT);
        demoExperts.load(Map.of("市科学技术局", bureau, "市交通工程研究院", tunnelInstitute,
                        "华东精密热交换科技有限公司", heatCo, "东海农业大学", agriUniversity, "康元生物制药股份有限公司", pharma,
                        "省新材料研究所", materialsInstitute, "省医科大学附属第一医院", medicalUniversity),
                Map.of("expert", expert, "expert2", expert2, "expert3", expert3));

        ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
        long callId = calls.create(new CallDraft("2026年度市科技计划项目（第一批）", now.getYear(), Programme.KEY_RD,
                EnumSet.allOf(ResearchField.class),
                """
                为深入实施创新驱动发展战略，现组织申报2026年度市科技计划项目。
                支持方向：新材料、装备制造、电子信息、生物医药、现代农业、节能环保、社会发展。
                申报单位应为本市注册的企事业单位、高等院校和科研院所，项目实施期一般为2年。
                单个项目申请财政经费不超过50万元，须提供不低于1:1的自筹经费。""",
                now.minusDays(10).toInstant(), now.plusDays(30).withHour(17).toInstant(),
                new BigDecimal("500000.00"), new BigDecimal("33000000.00"),
                now.plusMonths(3).withDayOfMonth(1).toLocalDate(), now.plusMonths(27).withDayOfMonth(1).toLocalDate(),
                CallCriterion.defaults(), 5, AggregationRule.TRIMMED_MEAN, 7, 14, false, new BigDecimal("20")));
        calls.publish(callId);
        // a draft the officer is still preparing: soft science, its own scoring template, blind review
        calls.create(new CallDraft("2026年度软科学研究项目", now.getYear(), Programme.SOFT_SCIENCE,
                EnumSet.of(ResearchField.SOCIAL_DEVELOPMENT, ResearchField.ENVIRONMENT),
                """
                围绕本市科技创新政策、区域创新体系和科技成果转化机制开展软科学研究。
                项目实施期一般为1年，单个项目资助不超过10万元。""",
                now.plusDays(20).toInstant(), now.plusDays(50).withHour(17).toInstant(),
                new BigDecimal("100000.00"), new BigDecimal("1500000.00"), null, null,
                List.of(new CallCriterion.Draft("选题意义", new BigDecimal("30"), 30),
                        new CallCriterion.Draft("研究方案可行性", new BigDecimal("40"), 40),
                        new CallCriterion.Draft("决策参考价值", new BigDecimal("30"), 30)),
                3, AggregationRule.MEAN, 7, 10, true, new BigDecimal("25")));
        demoProposals.load(callId);

        // three more calls at the decision stage: a plan with the leader, a list in publicity with an
        // objection, and a finished one with its results
        long planCall = smallCall("2026年度节能环保与新一代信息技术专项", now);
        demoDecisions.planUnderApproval(planCall);
        long publicityCall = smallCall("2026年度农业与资源循环利用专项", now);
        demoDecisions.inPublicityWithObjection(publicityCall);
        long finishedCall = smallCall("2026年度生态环境治理专项（第一批）", now);
        demoDecisions.finished(finishedCall);
    }

    /** A small open call (three experts per proposal, mean score) for the decision-stage demo. */
    private long smallCall(String name, ZonedDateTime now) {
        long id = calls.create(new CallDraft(name, now.getYear(), Programme.SOCIAL_DEVELOPMENT,
                EnumSet.of(ResearchField.ENVIRONMENT), "面向节能环保与资源循环利用的专项支持。",
                now.minusDays(5).toInstant(), now.plusDays(25).withHour(17).toInstant(),
                new BigDecimal("500000.00"), new BigDecimal("5000000.00"), null, null, CallCriterion.defaults(), 3,
                AggregationRule.MEAN, 7, 14, false, new BigDecimal("20")));
        calls.publish(id);
        return id;
    }

    private String org(String name, String prefix, String middle, Organization.Kind kind) {
        String code = CreditCode.withCheckCharacter(prefix + middle);
        users.createOrganization(name, code, kind, null, null);
        return code;
    }

    private long user(String username, String displayName, String orgCode, Role... roles) {
        return users.create(new UserDraft(username, PASSWORD, displayName, username + "@example.org", null, orgCode,
                Set.of(roles), true));
    }

}
