package org.lixiang.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.lixiang.expert.ExpertProfileDraft;
import org.lixiang.expert.ExpertService;
import org.lixiang.expert.ExpertTitle;
import org.lixiang.identity.CreditCode;
import org.lixiang.identity.Organization;
import org.lixiang.identity.UserAdminService;
import org.lixiang.identity.UserDraft;
import org.springframework.stereotype.Component;

/**
 * The demo expert pool: about two dozen experts across every field, some employed by the demo
 * applicants' organizations and some declaring conflicts with them, two of them paused, and one
 * expert account without a profile for trying "Add expert". Created through the real services.
 */
@Component
class DemoExperts {

    private static final ResearchField MAT = ResearchField.NEW_MATERIALS;
    private static final ResearchField EQU = ResearchField.EQUIPMENT;
    private static final ResearchField ELE = ResearchField.ELECTRONICS;
    private static final ResearchField BIO = ResearchField.BIOMEDICINE;
    private static final ResearchField AGR = ResearchField.AGRICULTURE;
    private static final ResearchField ENV = ResearchField.ENVIRONMENT;
    private static final ResearchField SOC = ResearchField.SOCIAL_DEVELOPMENT;

    private final UserAdminService users;
    private final ExpertService experts;
    private final Clock clock;

    DemoExperts(UserAdminService users, ExpertService experts, Clock clock) {
        this.users = users;
        this.experts = experts;
        this.clock = clock;
    }

    /**
     * @param organizations credit code by name of the organizations already created (applicants',
     *                      the bureau's, the first experts')
     * @param firstExperts  user id by user name of the experts created with the other demo accounts
     */
    void load(Map<String, String> organizations, Map<String, Long> firstExperts) {
        Map<String, String> codes = new HashMap<>(organizations);
        org(codes, "浙东大学", "12330000", "470210011", Organization.Kind.UNIVERSITY);
        org(codes, "省机械科学研究院", "12330000", "470210029", Organization.Kind.INSTITUTE);
        org(codes, "省电子信息产业研究院", "12330000", "470210037", Organization.Kind.INSTITUTE);
        org(codes, "市第一人民医院", "12330100", "470210045", Organization.Kind.HOSPITAL);
        org(codes, "省农业科学院", "12330000", "470210053", Organization.Kind.INSTITUTE);
        org(codes, "省环境科学研究设计院", "12330000", "470210061", Organization.Kind.INSTITUTE);
        org(codes, "市社会科学院", "12330100", "47021007X", Organization.Kind.INSTITUTE);
        org(codes, "华光新材料股份有限公司", "91330100", "MA2K3P4Q8", Organization.Kind.COMPANY);
        org(codes, "省药品检验研究院", "12330000", "470210088", Organization.Kind.INSTITUTE);

        LocalDate today = LocalDate.now(clock);
        profile(firstExperts.get("expert"), ExpertTitle.SENIOR, Set.of(MAT, EQU),
                "碳纤维复合材料、结构加固、材料表征", null, List.of(), List.of());
        profile(firstExperts.get("expert2"), ExpertTitle.SENIOR, Set.of(BIO, SOC),
                "临床药理、生物制药工艺、药物安全性评价", null, List.of("康元生物制药股份有限公司"), List.of());
        profile(firstExperts.get("expert3"), ExpertTitle.ASSOCIATE_SENIOR, Set.of(AGR),
                "蔬菜栽培、农产品加工", null, List.of(), List.of());

        expert(codes, "expert04", "陈志明", "浙东大学", ExpertTitle.SENIOR, Set.of(EQU, ELE),
                "机电一体化、智能监控、无线传感网络", null, List.of(), List.of());
        expert(codes, "expert05", "林晓燕", "省电子信息产业研究院", ExpertTitle.SENIOR, Set.of(ELE),
                "物联网、无线通信、嵌入式系统", null, List.of(), List.of());
        expert(codes, "expert06", "黄国平", "省机械科学研究院", ExpertTitle.SENIOR, Set.of(EQU, ENV),
                "热交换器、精密加工、汽车零部件工艺", null, List.of("华东精密热交换科技有限公司"), List.of());
        expert(codes, "expert07", "杨帆", "市交通工程研究院", ExpertTitle.ASSOCIATE_SENIOR, Set.of(EQU, SOC),
                "隧道机电设施、交通工程、运营安全", null, List.of(), List.of());
        expert(codes, "expert08", "何丽娟", "华东精密热交换科技有限公司", ExpertTitle.INTERMEDIATE, Set.of(EQU, MAT),
                "换热器设计、钎焊工艺", null, List.of(), List.of());
        expert(codes, "expert09", "徐卫东", "华光新材料股份有限公司", ExpertTitle.ASSOCIATE_SENIOR, Set.of(MAT),
                "高分子复合材料、纤维增强材料", null, List.of(), List.of("刘洋"));
        expert(codes, "expert10", "马俊", "浙东大学", ExpertTitle.SENIOR, Set.of(MAT, ENV),
                "沥青再生、道路材料、固废利用", null, List.of("市交通工程研究院"), List.of());
        expert(codes, "expert11", "朱红梅", "省药品检验研究院", ExpertTitle.SENIOR, Set.of(BIO),
                "药物分析、质量标准、生化药品检验", null, List.of(), List.of());
        expert(codes, "expert12", "胡斌", "康元生物制药股份有限公司", ExpertTitle.ASSOCIATE_SENIOR, Set.of(BIO),
                "酶工程、生物发酵、多糖制备", null, List.of(), List.of());
        expert(codes, "expert13", "郭静", "市第一人民医院", ExpertTitle.ASSOCIATE_SENIOR, Set.of(BIO, SOC),
                "公共卫生、慢病管理、临床研究设计", null, List.of(), List.of());
        expert(codes, "expert14", "罗建华", "省农业科学院", ExpertTitle.SENIOR, Set.of(AGR),
                "蔬菜育种、标准化生产、设施农业", null, List.of("东海农业大学"), List.of());
        expert(codes, "expert15", "梁秀英", "省农业科学院", ExpertTitle.ASSOCIATE_SENIOR, Set.of(AGR, ENV),
                "农业面源污染、土壤修复", null, List.of(), List.of());
        expert(codes, "expert16", "宋涛", "东海农业大学", ExpertTitle.SENIOR, Set.of(AGR),
                "农产品加工、冷链物流", null, List.of(), List.of());
        expert(codes, "expert17", "谢文华", "省环境科学研究设计院", ExpertTitle.SENIOR, Set.of(ENV, AGR),
                "固废资源化、农业废弃物利用、节能评估", null, List.of(), List.of());
        expert(codes, "expert18", "韩冰", "省环境科学研究设计院", ExpertTitle.INTERMEDIATE, Set.of(ENV, MAT),
                "大气污染治理、催化材料", today.plusDays(30), List.of(), List.of());
        expert(codes, "expert19", "唐海燕", "市社会科学院", ExpertTitle.SENIOR, Set.of(SOC),
                "科技政策、区域创新、软科学研究", null, List.of(), List.of());
        expert(codes, "expert20", "冯磊", "省电子信息产业研究院", ExpertTitle.ASSOCIATE_SENIOR, Set.of(ELE, EQU),
                "工业软件、数据采集与监控", null, List.of(), List.of());
        expert(codes, "expert21", "董明", "浙东大学", ExpertTitle.SENIOR, Set.of(ELE, SOC),
                "人工智能、智慧城市", null, List.of(), List.of());
        expert(codes, "expert22", "曹丽", "市第一人民医院", ExpertTitle.SENIOR, Set.of(SOC, BIO),
                "医疗器械评价、卫生经济", today.plusDays(75), List.of(), List.of());
        expert(codes, "expert23", "彭志强", "省机械科学研究院", ExpertTitle.ASSOCIATE_SENIOR, Set.of(EQU, ENV),
                "余热回收、节能装备", null, List.of(), List.of("张伟"));
        expert(codes, "expert24", "蒋雪", "华光新材料股份有限公司", ExpertTitle.INTERMEDIATE, Set.of(MAT, ELE),
                "电子封装材料、功能薄膜", null, List.of(), List.of());
        expert(codes, "expert25", "蔡国强", "浙东大学", ExpertTitle.SENIOR, Set.of(BIO, ELE),
                "医学影像、生物医学工程", null, List.of(), List.of());
        expert(codes, "expert26", "潘玉兰", "省农业科学院", ExpertTitle.SENIOR, Set.of(AGR),
                "果蔬采后处理、农产品质量安全", null, List.of(), List.of());
        expert(codes, "expert27", "江涛", "省农业科学院", ExpertTitle.OTHER, Set.of(AGR, SOC),
                "农业技术推广、农村科技服务", null, List.of(), List.of());
        user(codes, "expert28", "钱文博", "浙东大学"); // no profile yet: an officer can add it
    }

    private void org(Map<String, String> codes, String name, String prefix, String middle, Organization.Kind kind) {
        String code = CreditCode.withCheckCharacter(prefix + middle);
        users.createOrganization(name, code, kind, null, null);
        codes.put(name, code);
    }

    private long user(Map<String, String> codes, String username, String name, String organization) {
        return users.create(new UserDraft(username, DemoData.PASSWORD, name, username + "@example.org", null,
                codes.get(organization), Set.of(Role.EXPERT), true));
    }

    private void expert(Map<String, String> codes, String username, String name, String organization,
                        ExpertTitle title, Set<ResearchField> fields, String keywords, LocalDate pausedUntil,
                        List<String> conflictOrganizations, List<String> conflictPeople) {
        profile(user(codes, username, name, organization), title, fields, keywords, pausedUntil,
                conflictOrganizations, conflictPeople);
    }

    private void profile(long userId, ExpertTitle title, Set<ResearchField> fields, String keywords,
                         LocalDate pausedUntil, List<String> conflictOrganizations, List<String> conflictPeople) {
        experts.create(userId, new ExpertProfileDraft(EnumSet.copyOf(fields), title, keywords, pausedUntil != null,
                pausedUntil, ExpertProfileDraft.DEFAULT_MAX_REVIEWS, conflictOrganizations, conflictPeople));
    }
}
