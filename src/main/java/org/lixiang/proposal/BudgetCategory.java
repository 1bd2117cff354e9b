package org.lixiang.proposal;

/** 经费科目: the budget categories of a proposal, in the order forms list them. */
public enum BudgetCategory {
    EQUIPMENT,          // 设备费
    MATERIALS,          // 材料费
    TESTING,            // 测试化验加工费
    FUEL_POWER,         // 燃料动力费
    TRAVEL_CONFERENCE,  // 差旅/会议/国际合作交流费
    PUBLICATION_IP,     // 出版/文献/信息传播/知识产权事务费
    LABOUR,             // 劳务费
    EXPERT_CONSULTING,  // 专家咨询费
    INDIRECT;           // 间接费用

    public String labelKey() {
        return "budget." + name();
    }
}
