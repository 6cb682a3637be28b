"""Load the data files in `lexicons/`: cue words, units, zone suffixes, industries.

Everything an extractor knows about words lives in these files; code only reads them.
"""
from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DEFAULT_LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"


def lexicon_dir() -> Path:
    """The lexicon folder: $POLICYFACTS_LEXICONS when set, else the repository's `lexicons/`."""
    return Path(os.environ.get("POLICYFACTS_LEXICONS", DEFAULT_LEXICON_DIR))


# FACTS.md's money categories, each a list of cue words in money_categories.yml.
MONEY_CATEGORIES = ("investment", "financing", "revenue", "output", "tax", "other")


@dataclass(frozen=True)
class Lexicons:
    magnitudes: dict[str, float]
    currencies: dict[str, str]
    document_currencies: dict[str, str]  # a currency word that, named in a text, is its bare 元's currency
    yuan_words: list[str]  # spoken words for 元 (两千五百块钱): in the document's currency, as a bare 元 is
    area_units: dict[str, float]
    non_money_units: list[str]
    price_cues: list[str]
    exchange_words: list[str]
    approx_before: dict[str, str]  # word → approx label
    approx_after: dict[str, str]
    spoken_before_yi: dict[str, str]  # 个 of 一百个亿 → approx label
    money_categories: dict[str, str]  # cue word → category
    amount_nouns: list[str]
    amount_columns: list[str]  # a table column's name ending so names an amount of any kind (补偿费, 评估价值)
    spent_columns: list[str]  # a column of what was done with the money of the column before it (实际使用, 已整改)
    grant_nouns: list[str]  # a grant's noun after an amount and a few words (100万元安家补贴)
    project_nouns: list[str]
    cluster_words: list[str]  # 产业集群 of 智能电网产业集群达到2000亿元: the amount is the cluster's size, output
    area_kinds: dict[str, str]  # cue word → kind
    area_product_cues: list[str]
    area_name_followers: list[str]
    area_floor_space_nouns: list[str]
    area_planned_expansion_words: list[str]
    area_planned_reach_verbs: list[str]  # right before a planned area: what it is to reach (规划面积达到八平方公里)
    area_planned_change_verbs: list[str]  # right before a planned area: what a change makes it (调整为73平方公里)
    area_planned_change_cues: list[str]  # before such a change in its sentence: a change still to come (将, 扩区后)
    area_planned_change_done: list[str]  # before such a change in its sentence: a change made (经…批准, 由原来的)
    goal_words: list[str]
    future_words: list[str]
    not_future_verbs: list[str]
    goal_word_exceptions: list[str]
    clause_goal_words: list[str]
    past_words: list[str]
    metric_verbs: list[str]
    count_units: list[str]
    other_units: list[str]
    structure_nouns: list[str]
    plan_titles: list[str]
    task_verbs: list[str]
    grant_words: list[str]
    project_attribute_words: list[str]
    settled_words: list[str]
    metric_trailers: list[str]
    metric_prefixes: list[str]
    threshold_followers: list[str]
    bound_threshold_followers: list[str]
    people_units: list[str]
    goal_headings: list[str]
    year_plan_words: list[str]
    review_headings: list[str]
    baseline_words: list[str]
    change_origin_words: list[str]
    rule_words: list[str]
    goal_statements: list[str]
    goals_above_words: list[str]
    arrangement_references: list[str]
    plan_stops: list[str]
    due_words: list[str]
    span_conditions: list[str]
    per_year_words: list[str]
    project_total_words: list[str]
    stock_words: list[str]
    completion_words: list[str]
    output_capacity_words: list[str]
    baseline_followers: list[str]
    standard_words: list[str]
    proposal_words: list[str]
    reach_verbs: list[str]
    limit_verbs: list[str]
    limit_followers: list[str]
    annual_plan_words: list[str]
    comparison_words: list[str]
    growth_verbs: list[str]
    duration_nouns: list[str]
    percentage_point_nouns: list[str]
    change_ends: list[str]
    cumulative_words: list[str]
    standard_bounds: list[str]
    standard_conditions: list[str]
    land_rate_markers: list[str]
    project_attribute_exceptions: list[str]
    land_attribute_words: list[str]
    design_words: list[str]
    zone_suffixes: dict[str, str]  # suffix → family
    zone_stopwords: list[str]
    zone_same: list[str]
    zone_same_spoken: list[str]
    zone_same_spoken_fillers: list[str]
    zone_title_prefixes: list[str]
    zone_collective: list[str]
    zone_suffix_blockers: list[str]
    zone_company_words: list[str]
    zone_not_places: list[str]
    zone_list_item_tails: list[str]
    zone_list_heads: list[str]
    zone_generic_qualifiers: list[str]
    zone_project_followers: list[str]
    zone_location_verbs: list[str]
    zone_site_verbs: list[str]
    zone_company_clause_leads: list[str]
    zone_nation_pair_families: list[str]
    zone_phase_followers: list[str]
    zone_block_followers: list[str]
    zone_city_collective_suffixes: list[str]
    zone_city_written_collective_suffixes: list[str]
    zone_city_written_industry_collective_suffixes: list[str]
    zone_short_form_cues: list[str]
    zone_joint_name_cues: list[str]
    zone_short_families: dict[str, list[str]]  # family → the families whose names it shortens
    zone_localities: list[str]
    zone_place_infixes: list[str]
    zone_rank_infixes: list[str]
    zone_park_part_leads: list[str]
    zone_sub_suffixes: list[str]
    zone_bare_park_words: list[str]
    zone_sub_suffix_hosts: dict[str, list[str]]  # sub-zone suffix → the hosts after which it names a zone
    zone_name_breaking_words: list[str]
    zone_city_place_families: list[str]
    zone_settlement_tails: list[str]
    zone_town_marks: list[str]
    zone_part_list_cues: list[str]
    zone_nation_led_families: list[str]
    zone_decision_leads: list[str]
    zone_company_document_titles: list[str]
    zone_case_issuers: list[str]
    zone_governing_words: list[str]
    zone_agreement_prefixes: list[str]
    zone_agreement_area_suffixes: list[str]
    zone_kind_names: list[str]
    zone_censor_marks: list[str]
    zone_name_words: list[str]
    zone_placed_name_words: list[str]
    zone_collective_words: list[str]
    zone_bare_words: list[str]
    zone_province_collective_words: list[str]
    industries: dict[str, str]  # any written form → canonical name
    industry_after_list: dict[str, str]  # cue → role
    industry_before_list: dict[str, str]
    not_industries: list[str]
    not_industry_tails: list[str]
    not_industry_heads: list[str]
    industry_name_words: list[str]
    industry_list_only_cues: list[str]
    industry_counted_only: dict[str, str]  # cue → role
    industry_counted_after_list: list[str]
    industry_intake_cues: list[str]
    industry_firm_words: list[str]
    industry_process_heads: list[str]
    industry_feedstocks: list[str]
    industry_base_cues: list[str]
    industry_base_openers: list[str]
    fingerprint: str = field(default="")  # sha256 of all files: changes when any lexicon changes
    # zones and industries, round 2 (defaults keep hand-built Lexicons working)
    zone_extra_places: list[str] = field(default_factory=list)  # places cpca lacks (lexicons/places_extra.txt)
    zone_place_parks: list[str] = field(default_factory=list)
    zone_place_required_families: list[str] = field(default_factory=list)
    zone_short_form_openers: list[str] = field(default_factory=list)
    zone_collective_levels: list[str] = field(default_factory=list)
    zone_level_rank_marks: list[str] = field(default_factory=list)
    zone_place_short_words: list[str] = field(default_factory=list)
    zone_region_words: list[str] = field(default_factory=list)
    zone_macro_regions: list[str] = field(default_factory=list)
    zone_abbreviated_words: list[str] = field(default_factory=list)
    zone_abbreviation_blockers: list[str] = field(default_factory=list)
    zone_rank_words: list[str] = field(default_factory=list)
    industry_by_with: dict[str, str] = field(default_factory=dict)  # 以…为 <cue> → role
    industry_copula_cues: dict[str, str] = field(default_factory=dict)
    industry_joined_tails: list[str] = field(default_factory=list)
    industry_opening_words: list[str] = field(default_factory=list)
    industry_group_qualifiers: list[str] = field(default_factory=list)
    # zones, round 3
    zone_partner_abbreviations: list[str] = field(default_factory=list)
    zone_partner_words: list[str] = field(default_factory=list)
    zone_partner_theme_joiners: list[str] = field(default_factory=list)
    zone_partner_city_abbreviations: list[str] = field(default_factory=list)
    zone_place_pair_words: list[str] = field(default_factory=list)
    zone_trade_grades: list[str] = field(default_factory=list)
    zone_trade_joiners: list[str] = field(default_factory=list)
    zone_duty_words: list[str] = field(default_factory=list)
    zone_cross_strait_leads: list[str] = field(default_factory=list)
    zone_place_pair_families: list[str] = field(default_factory=list)
    zone_table_separators: list[str] = field(default_factory=list)
    zone_park_column_headers: list[str] = field(default_factory=list)
    zone_hosted_only_suffixes: list[str] = field(default_factory=list)
    zone_closed_names: dict[str, list[str]] = field(default_factory=dict)  # family → the proper parts it allows
    industry_by_with_known: dict[str, str] = field(default_factory=dict)  # 以…为 <cue> of known industries → role
    zone_bare_short_forms: dict[str, list[str]] = field(default_factory=dict)  # 经开区 → its full forms
    zone_defined_full_forms: dict[str, list[str]] = field(default_factory=dict)  # 高新区 → its full forms
    zone_defined_bare_words: list[str] = field(default_factory=list)  # 高新区 for a zone defined as 拉萨高新区
    zone_any_zone_words: list[str] = field(default_factory=list)
    zone_generic_bare_words: list[str] = field(default_factory=list)
    # targets, round 4
    intent_times: list[str] = field(default_factory=list)
    intent_words: list[str] = field(default_factory=list)
    intent_time_exceptions: list[str] = field(default_factory=list)
    future_task_verbs: list[str] = field(default_factory=list)
    due_task_verbs: list[str] = field(default_factory=list)
    due_spending_verbs: list[str] = field(default_factory=list)
    built_size_words: list[str] = field(default_factory=list)
    instruction_words: list[str] = field(default_factory=list)
    commitment_words: list[str] = field(default_factory=list)
    former_goal_words: list[str] = field(default_factory=list)
    commitment_term_words: list[str] = field(default_factory=list)
    commitment_checked_words: list[str] = field(default_factory=list)
    commitment_system_suffixes: list[str] = field(default_factory=list)
    length_units: list[str] = field(default_factory=list)  # 公里: a goal's unit `other`, unless a distance
    distance_words: list[str] = field(default_factory=list)
    maturing_debt_nouns: list[str] = field(default_factory=list)
    survey_site_nouns: list[str] = field(default_factory=list)
    full_production_words: list[str] = field(default_factory=list)
    instruction_word_exceptions: list[str] = field(default_factory=list)
    future_times: list[str] = field(default_factory=list)
    running_year_times: list[str] = field(default_factory=list)
    indicator_unit_headers: list[str] = field(default_factory=list)
    indicator_value_headers: list[str] = field(default_factory=list)
    indicator_projected_labels: list[str] = field(default_factory=list)
    indicator_undated_value_headers: list[str] = field(default_factory=list)
    indicator_name_headers: list[str] = field(default_factory=list)  # 指标名称 over rows of indicators
    indicator_year_row_headers: list[str] = field(default_factory=list)  # 年份 over rows of years
    indicator_current_year_columns: list[str] = field(default_factory=list)  # 年度计划投资: the report's year
    indicator_measure_columns: list[str] = field(default_factory=list)  # 占全区比重, 位次: a column's own measure
    indicator_planned_columns: list[str] = field(default_factory=list)
    indicator_completion_columns: list[str] = field(default_factory=list)  # 1-6月累计完成 after 计划投资
    indicator_goal_headers: list[str] = field(default_factory=list)
    indicator_base_headers: list[str] = field(default_factory=list)
    indicator_result_headers: list[str] = field(default_factory=list)
    indicator_composition_titles: list[str] = field(default_factory=list)
    indicator_composition_headers: list[str] = field(default_factory=list)
    cap_words: list[str] = field(default_factory=list)
    land_standard_metrics: list[str] = field(default_factory=list)
    fund_setup_verbs: list[str] = field(default_factory=list)
    funds_sought_verbs: list[str] = field(default_factory=list)  # 争取 of 争取各类科技项目资金1.36亿元
    funds_nouns: list[str] = field(default_factory=list)
    petition_markers: list[str] = field(default_factory=list)  # 您提出的 of a reply to a CPPCC member's proposal
    funds_pending_words: list[str] = field(default_factory=list)  # 正 of 正争取中央补助2亿元
    fund_intent_words: list[str] = field(default_factory=list)
    allotment_intent_words: list[str] = field(default_factory=list)
    plan_period_words: list[str] = field(default_factory=list)
    fund_nouns: list[str] = field(default_factory=list)
    fund_size_words: list[str] = field(default_factory=list)
    fund_leverage_words: list[str] = field(default_factory=list)
    announcement_words: list[str] = field(default_factory=list)
    spending_cut_verbs: list[str] = field(default_factory=list)
    announced_intent_words: list[str] = field(default_factory=list)
    announced_investment_verbs: list[str] = field(default_factory=list)
    intended_investment_words: list[str] = field(default_factory=list)
    indicator_goal_marks: list[str] = field(default_factory=list)
    price_words: list[str] = field(default_factory=list)
    bidder_words: list[str] = field(default_factory=list)
    shortfall_words: list[str] = field(default_factory=list)  # 缺口 of 缺口约430亿元
    time_span_nouns: list[str] = field(default_factory=list)  # 月 of 12个月
    programme_total_words: list[str] = field(default_factory=list)  # 总投资 of 重点项目24个,总投资268亿元
    planned_total_prefixes: list[str] = field(default_factory=list)  # 规划 of 规划总投资20亿元
    gone_year_words: list[str] = field(default_factory=list)  # 去年 of 去年县里争取新增建设用地指标1200亩
    to_date_spans: list[str] = field(default_factory=list)  # 前三季度 of 前三季度,完成投资19.7亿元
    programme_project_words: list[str] = field(default_factory=list)  # 新签约 of 新签约项目总投资1320亿元
    duty_words: list[str] = field(default_factory=list)  # 应当 of 土地开发率应当在二年内达到60%
    per_case_openers: list[str] = field(default_factory=list)  # 每个 of 每个园区都要建设1个…
    quota_words: list[str] = field(default_factory=list)  # 要 of 各开发区要聚焦1至2个首位产业
    present_openers: list[str] = field(default_factory=list)  # 现在 of …,现在大概60家左右
    premise_openers: list[str] = field(default_factory=list)  # 按 of 按年均增长8%计算
    premise_closers: list[str] = field(default_factory=list)  # 计算 of 按年均增长8%计算
    goal_requirement_words: list[str] = field(default_factory=list)  # 需要 of 实现上述目标需要年均增长26%
    shortfall_adverbs: list[str] = field(default_factory=list)  # 仅有 of 高新技术企业仅有53家
    comparison_base_words: list[str] = field(default_factory=list)  # 较 of 较2020年的260亿元
    comparison_base_times: list[str] = field(default_factory=list)  # 去年 of 比去年实际完成的65亿元
    project_land_words: list[str] = field(default_factory=list)  # 规划用地 of 该项目规划用地860亩
    park_area_words: list[str] = field(default_factory=list)  # 规划用地 of …配套园,规划用地约8平方公里
    park_area_change_words: list[str] = field(default_factory=list)  # 新增 of 新增规划用地5平方公里
    phase_area_words: list[str] = field(default_factory=list)  # 首期用地 of …产业园,首期用地约120亩
    capacity_nouns: list[str] = field(default_factory=list)  # 能力 of 年捕集能力50万吨的…装置
    scope_words: list[str] = field(default_factory=list)  # 全部 of 16个园区要全部开工建设
    tally_words: list[str] = field(default_factory=list)  # 有 of 完成率超过90%的项目有26个
    goal_split_words: list[str] = field(default_factory=list)  # 分解到 of 将目标分解到28个部门
    plan_listing_verbs: list[str] = field(default_factory=list)  # 梳理 of 今年梳理了重点项目86个
    plan_outcome_words: list[str] = field(default_factory=list)  # 实际完成 of …年度计划投资150亿元,实际完成投资…
    done_after_words: list[str] = field(default_factory=list)  # 已 of 首期30亿港元已…完成募集
    demand_words: list[str] = field(default_factory=list)  # 需求 of 预估用地需求约65公顷
    offering_words: list[str] = field(default_factory=list)  # 募集资金 of 拟使用募集资金15亿元
    definition_words: list[str] = field(default_factory=list)  # 指 of “亿元以上项目”指计划总投资1亿元以上的项目
    price_word_exceptions: list[str] = field(default_factory=list)
    scenario_words: list[str] = field(default_factory=list)  # 若 of 若专项债券减少3亿元
    scenario_changes: list[str] = field(default_factory=list)  # 减少 of 若专项债券减少3亿元
    scenario_word_exceptions: list[str] = field(default_factory=list)  # 若干, no supposition
    fee_words: list[str] = field(default_factory=list)  # 费 of 土地流转费每亩每年不低于800元
    fee_periods: list[str] = field(default_factory=list)  # 年 of 运营费用每年约500万元 (a total per period, not a rate)
    price_per_units: list[str] = field(default_factory=list)
    price_periods: list[str] = field(default_factory=list)
    mean_markers: list[str] = field(default_factory=list)
    spoken_yuan_cues: list[str] = field(default_factory=list)
    roc_markers: list[str] = field(default_factory=list)
    roc_programme_verbs: list[str] = field(default_factory=list)  # 扩建 of 扩建二期计划, an ROC text's programme
    land_rate_periods: list[str] = field(default_factory=list)
    rank_words: list[str] = field(default_factory=list)
    projection_events: list[str] = field(default_factory=list)
    plan_event_subjects: list[str] = field(default_factory=list)  # 三年行动 of 三年行动完成后
    start_words: list[str] = field(default_factory=list)
    planned_quantity_words: list[str] = field(default_factory=list)  # 规划 of 近期规划建设用地18.4平方公里
    founding_events: list[str] = field(default_factory=list)
    area_undated_cues: list[str] = field(default_factory=list)
    area_unit_price_links: list[str] = field(default_factory=list)
    project_total_columns: list[str] = field(default_factory=list)  # 总投资 of a project table's 总投资(亿元)
    area_conversion_words: list[str] = field(default_factory=list)  # 折合 of a table's 折合(亩) column
    area_parcel_headers: list[str] = field(default_factory=list)  # 宗地 of a land notice's 宗地编号 column
    area_land_class_headers: list[str] = field(default_factory=list)  # 用地类别 over a land-use table's rows of classes
    area_block_headers: list[str] = field(default_factory=list)  # 片区 over a table of a zone's blocks
    area_column_not_yet_cues: list[str] = field(default_factory=list)  # 未建成面积(亩): a column of land not built
    area_quantity_columns: list[str] = field(default_factory=list)  # 工程量 over a bill of quantities' column
    area_land_nouns_after: list[str] = field(default_factory=list)  # 用地 of 120亩工业用地: land, named after its area
    area_block_words: list[str] = field(default_factory=list)  # 区块 of 核心区块面积15.3平方公里: part of the approved extent
    area_block_taken_out: list[str] = field(default_factory=list)  # 调出 of 调出…区块120公顷: no longer part of it
    area_block_not: list[str] = field(default_factory=list)  # 区块链: blockchain, no block
    area_phase_words: list[str] = field(default_factory=list)  # 首期 of 首期开发面积5.8平方公里: a phase, kind other
    area_phase_unkinded_cues: list[str] = field(default_factory=list)  # 开发面积: no kind word after a phase
    area_phase_built_after: list[str] = field(default_factory=list)  # 已基本建成 of 起步区8平方公里已基本建成: built
    area_phase_built_bridges: list[str] = field(default_factory=list)  # 的基础设施 between the figure and it
    area_part_block_endings: list[str] = field(default_factory=list)  # 园 of 其中城北园24.8平方公里: a block
    span_to_now_words: list[str] = field(default_factory=list)
    open_span_starts: list[str] = field(default_factory=list)
    open_span_ends: list[str] = field(default_factory=list)
    bulletin_titles: list[str] = field(default_factory=list)
    year_review_titles: list[str] = field(default_factory=list)  # 考核 of 关于2015年度…考核结果的通报
    scorecard_titles: list[str] = field(default_factory=list)  # 成绩单 of 济南高新区2023年经济运行“成绩单”
    this_event_words: list[str] = field(default_factory=list)  # 此次 of 此次集中签约项目37个,总投资326亿元
    event_acts: list[str] = field(default_factory=list)  # 签约 of 此次集中签约项目37个
    today_words: list[str] = field(default_factory=list)  # 今天 of 今天开工的项目有16个,总投资98.2亿元
    yearbook_titles: list[str] = field(default_factory=list)  # 年鉴 of 乌鲁木齐年鉴·2015
    present_words: list[str] = field(default_factory=list)  # 目前: the date the text is written
    entry_words: list[str] = field(default_factory=list)  # 新入园 of 新入园工业项目投资强度不低于…
    period_undated_measures: list[str] = field(default_factory=list)  # 面积 of 行政区划面积278平方公里
    record_titles: list[str] = field(default_factory=list)  # 志 of 景县志(一九九一—二〇一五)
    chronicle_headings: list[str] = field(default_factory=list)  # 大事记 of 📌 2023年大事记
    event_date_labels: list[str] = field(default_factory=list)  # 成立日期 of 成立日期:2008年3月18日
    counted_at_words: list[str] = field(default_factory=list)  # 审计时 of 至2018年3月审计时仅拨付…
    plan_statement_words: list[str] = field(default_factory=list)  # 提出 of 规划提出:到二〇一五年,…
    share_words: list[str] = field(default_factory=list)  # 占 of …0.9亿元,占一般公共预算支出的2%
    budget_headings: list[str] = field(default_factory=list)  # 预算草案: a section of the budget's plan
    commitment_headings: list[str] = field(default_factory=list)  # 保障措施: a section of what a text commits to
    problem_headings: list[str] = field(default_factory=list)  # 存在的主要问题: a section on problems
    hearsay_openers: list[str] = field(default_factory=list)  # 业界人士认为: what a feature's sources think
    task_list_labels: list[str] = field(default_factory=list)  # 任务 of 其他各镇(街道)任务: a list of tasks
    related_link_headings: list[str] = field(default_factory=list)  # 相关链接: a web page's list of other headlines
    allotment_words: list[str] = field(default_factory=list)  # 安排: a budget plan's word under budget_headings
    budget_line_nouns: list[str] = field(default_factory=list)  # 收入 of 上级补助收入: a budget line's name
    rate_marks: list[str] = field(default_factory=list)  # 按 of 按每平方米200元给予补贴
    allotting_words: list[str] = field(default_factory=list)  # 安排 of 安排…建设资金
    allotted_cues: list[str] = field(default_factory=list)
    budget_lines_allotted: list[str] = field(default_factory=list)  # 支出 of 科学技术支出安排4.8亿元
    part_marks: list[str] = field(default_factory=list)  # 其中 of 投资计划3000亿元,其中2015年安排400亿元
    spending_words: list[str] = field(default_factory=list)  # 投入 of 投入…治理资金
    spent_cues: list[str] = field(default_factory=list)
    rate_grant_verbs: list[str] = field(default_factory=list)
    founding_approval: list[str] = field(default_factory=list)
    # zones, round 4
    zone_nations: list[str] = field(default_factory=list)
    zone_nation_short: str = ""
    zone_shared_words: list[str] = field(default_factory=list)
    zone_city_wide_words: list[str] = field(default_factory=list)
    zone_city_wide_share_words: list[str] = field(default_factory=list)
    zone_benchmark_words: list[str] = field(default_factory=list)
    zone_higher_government_subjects: list[str] = field(default_factory=list)
    zone_no_zone_districts: list[str] = field(default_factory=list)
    zone_sub_zone_place_followers: list[str] = field(default_factory=list)
    zone_sited_in_words: list[str] = field(default_factory=list)
    zone_site_fields: list[str] = field(default_factory=list)
    zone_partner_countries: list[str] = field(default_factory=list)
    zone_partner_country_names: dict[str, str] = field(default_factory=dict)  # 白俄罗斯: 白
    zone_partner_prepositions: list[str] = field(default_factory=list)  # 对 of 对俄经贸产业园
    zone_address_cues: list[str] = field(default_factory=list)
    zone_address_roads: list[str] = field(default_factory=list)
    zone_district_collective_suffixes: list[str] = field(default_factory=list)
    zone_section_marks: list[str] = field(default_factory=list)
    zone_link_marks: list[str] = field(default_factory=list)
    zone_link_list_headings: list[str] = field(default_factory=list)
    zone_office_words: list[str] = field(default_factory=list)
    zone_speaker_tags: list[str] = field(default_factory=list)
    zone_company_subjects: list[str] = field(default_factory=list)
    zone_company_clause_subjects: list[str] = field(default_factory=list)
    zone_company_zone_leads: list[str] = field(default_factory=list)
    zone_company_accounts: list[str] = field(default_factory=list)  # 注册资本 right after a named company
    zone_bare_alias_words: list[str] = field(default_factory=list)  # 经济开发区, 合作区: no alias, as bare_words
    zone_platform_accounts: list[str] = field(default_factory=list)  # 注册资本, 资产总额 of a zone's platform company
    zone_platform_company_words: list[str] = field(default_factory=list)  # 开发, 投资: a platform company's name
    zone_platform_role_words: list[str] = field(default_factory=list)  # 平台: a company named the zone's platform
    zone_platform_zone_company_words: list[str] = field(default_factory=list)  # 发展 of 辛集经开区发展集团有限公司
    zone_platform_financing_accounts: list[str] = field(default_factory=list)  # 融资, 债券 of a platform company
    zone_platform_financing_sizes: list[str] = field(default_factory=list)  # 规模 of …发行中期票据,规模控制在30亿元以内
    zone_public_financing_words: list[str] = field(default_factory=list)  # 专项债券: a government's bond, no platform's
    zone_company_table_heads: list[str] = field(default_factory=list)  # 企业名称 opening a table of companies' accounts
    zone_platform_change_leads: list[str] = field(default_factory=list)  # 较 of …,较2014年底增加72.5亿元
    zone_platform_paid_in_accounts: list[str] = field(default_factory=list)  # 实收资本: a company's field of its capital
    link_dating_words: list[str] = field(default_factory=list)  # 去年 in a link's title: dated by the page
    zone_platform_operating_accounts: list[str] = field(default_factory=list)  # 负债, 营业收入 of a platform named in the clause
    zone_platform_co_debtors: list[str] = field(default_factory=list)  # 管委会: owes with its platforms, the zone's debt
    zone_short_park_suffixes: list[str] = field(default_factory=list)
    zone_owned_park_words: list[str] = field(default_factory=list)  # 所属的: a zone's own park named after it
    zone_hosted_park_joiners: list[str] = field(default_factory=list)  # 内的: a park inside the zone named before
    zone_hosted_park_suffixes: list[str] = field(default_factory=list)  # 产业园: an industry-named park's suffix
    zone_clause_park_suffixes: list[str] = field(default_factory=list)  # 物流园: only where the park opens its clause
    zone_unnamed_marks: list[str] = field(default_factory=list)  # 某: a name the text withholds (某新材料产业园)
    zone_park_pointers: list[str] = field(default_factory=list)  # 该园: a park the clause before named
    zone_park_possessives: list[str] = field(default_factory=list)  # 其: the zone its sentence named
    zone_hosted_park_role_words: list[str] = field(default_factory=list)  # 核心: a park's role, no trade
    zone_town_park_suffixes: list[str] = field(default_factory=list)  # 加工园: a town's park of one product
    zone_building_verbs: list[str] = field(default_factory=list)  # 建设: a park a zone builds
    zone_founding_verbs: list[str] = field(default_factory=list)
    zone_merging_verbs: list[str] = field(default_factory=list)  # 整合 after a sentence's opening zone
    zone_norm_bounds: list[str] = field(default_factory=list)  # 一般不低于: a rule for every zone a merger makes
    zone_lot_labels: list[str] = field(default_factory=list)  # 标的 of 标的二: a court auction's lot
    zone_plant_words: list[str] = field(default_factory=list)  # 工厂 after a zone: a company's plant named after it
    zone_purpose_leads: list[str] = field(default_factory=list)  # 用于 opening a clause: the use a figure is put to
    zone_spread_words: list[str] = field(default_factory=list)  # 分布在 in a later clause: where a figure lies
    zone_investment_words: list[str] = field(default_factory=list)  # 投资: money a builder spends
    zone_joint_building_verbs: list[str] = field(default_factory=list)  # 共建: a park two parties build together
    zone_done_deed_leads: list[str] = field(default_factory=list)  # 已: a deed its subject has done
    zone_built_park_size_openers: list[str] = field(default_factory=list)  # 规划用地: a built park's size follows
    zone_listed_park_joiners: list[str] = field(default_factory=list)  # 、: a park listed after a found park
    zone_park_metric_followers: list[str] = field(default_factory=list)  # 实现产值: a park measured as a place
    zone_not_town_words: list[str] = field(default_factory=list)  # 小镇, 城乡: a town mark naming no town
    zone_aspiration_prefixes: list[str] = field(default_factory=list)  # 世界级: a plan's aim, no zone, after it
    zone_aspiration_verbs: list[str] = field(default_factory=list)  # 打造成为…的: what a plan makes a park into
    zone_comparison_openers: list[str] = field(default_factory=list)  # 跟 …比: a zone named as what is compared with
    zone_comparison_closers: list[str] = field(default_factory=list)
    zone_park_endings: list[str] = field(default_factory=list)  # 产业园, 物流园: a park inside a larger zone
    industry_table_headers: dict[str, str] = field(default_factory=dict)  # a table column's header → role
    # zones, round 6
    zone_numerals: str = ""
    zone_question_tags: list[str] = field(default_factory=list)
    # zones, round 7
    zone_former_marks: list[str] = field(default_factory=list)
    zone_common_words: list[str] = field(default_factory=list)
    zone_institution_tails: list[str] = field(default_factory=list)  # 兰州大学: an institution naming its park
    zone_part_names: list[str] = field(default_factory=list)  # 核心区: a zone's block named by its role
    zone_park_host_families: list[str] = field(default_factory=list)  # eco_city: zones that name parks after them
    zone_host_led_park_words: list[str] = field(default_factory=list)  # 产业园, 园: the park word after such a host
    zone_merged_from_words: list[str] = field(default_factory=list)
    zone_bracket_naming_words: list[str] = field(default_factory=list)
    zone_count_sum_words: list[str] = field(default_factory=list)
    zone_renaming_words: list[str] = field(default_factory=list)  # X的前身是…设立的Y, Y,…更名为Z: one zone
    zone_renamed_to_words: list[str] = field(default_factory=list)  # Y更名为Z: Z is the current name
    zone_region_collective_tails: list[str] = field(default_factory=list)
    zone_whole_area_words: list[str] = field(default_factory=list)
    zone_province_part_directions: list[str] = field(default_factory=list)  # 苏南, 皖北: parts of a province
    zone_multi_place_regions: list[str] = field(default_factory=list)  # 大湾区, 长三角: regions over several places
    industry_name_openers: list[str] = field(default_factory=list)
    industry_joined_trades: list[str] = field(default_factory=list)  # X及Y制造: one industry
    industry_known_heads: list[str] = field(default_factory=list)  # 永磁材料: a kind of industry by its head word
    industry_by_with_blockers: list[str] = field(default_factory=list)  # 以…为重点合作领域: no industries
    industry_base_label_scopes: list[str] = field(default_factory=list)  # 建成全国重要的…产业基地: a label
    industry_growing_predicates: list[str] = field(default_factory=list)  # …等新兴产业加快布局: only growing
    industry_spoken_fillers: list[str] = field(default_factory=list)  # 主导产业这几年一直是…: words before the copula
    supply_words: list[str] = field(default_factory=list)  # 工业用水3.15元/吨: a zone's cost, not a page's price
    per_head_rate_markers: list[str] = field(default_factory=list)  # 劳动生产率达到30万元/人: an amount per worker
    industry_service_heads: list[str] = field(default_factory=list)  # 航运物流及高端装备制造: two industries
    zone_numeral_counters: list[str] = field(default_factory=list)
    five_year_plan_title_words: list[str] = field(default_factory=list)  # a title naming a five-year plan
    five_year_plan_title_blockers: list[str] = field(default_factory=list)
    applied_rate_words: list[str] = field(default_factory=list)  # 按15%税率: a rate a rule applies
    review_titles: list[str] = field(default_factory=list)  # 2011年…工作总结: a review of that year
    plan_year_times: list[str] = field(default_factory=list)  # 全年 in a 2013年工作方案: the year it plans
    weight_words: list[str] = field(default_factory=list)  # 考核分值占比不低于10%: a score's weight
    appraisal_words: list[str] = field(default_factory=list)  # 税后财务内部收益率约14.2%: a financial appraisal
    variant_characters: dict[str, str] = field(default_factory=dict)  # 谿 → 溪, folded in traditional texts
    industry_sector_words: list[str] = field(default_factory=list)  # 数字经济: a sector named alone after a weak cue
    industry_toward_words: list[str] = field(default_factory=list)  # 土地、资金向主导产业集中: steered, not named
    industry_list_members: list[str] = field(default_factory=list)  # 新型建材、高新技术和现代物流: named only in a list


# libyaml's loader when PyYAML was built with it: the same documents, read in a tenth of the time (a cold
# `policyfacts extract` spent 0.15 s reading the lexicons with the pure-Python one).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml(path: Path):
    with path.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=SAFE_LOADER) or {}


def _lines(path: Path) -> list[str]:
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line)
    return words


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    """{label: [word, ...]} → {word: label}; a word listed twice keeps its first label."""
    out: dict[str, str] = {}
    for label, words in groups.items():
        for word in words or []:
            out.setdefault(str(word), label)
    return out


@functools.lru_cache(maxsize=4)
def load_lexicons(directory: str | Path | None = None) -> Lexicons:
    d = Path(directory) if directory else lexicon_dir()
    if not d.is_dir():
        raise FileNotFoundError(f"lexicon folder not found: {d}")
    digest = hashlib.sha256()
    for p in sorted(d.iterdir()):
        if p.is_file():
            digest.update(p.name.encode() + b"\0" + p.read_bytes())
    units = _yaml(d / "units.yml")
    approx = _yaml(d / "approx.yml")
    kinds = _yaml(d / "area_kinds.yml")
    targets = _yaml(d / "target_cues.yml")
    money = _yaml(d / "money_categories.yml")
    zone_cues = _yaml(d / "zone_cues.yml")
    industry_cues = _yaml(d / "industry_cues.yml")
    industries: dict[str, str] = {}
    for canonical, aliases in _yaml(d / "industries.yml").items():
        industries[str(canonical)] = str(canonical)
        for alias in aliases or []:
            industries.setdefault(str(alias), str(canonical))
    return Lexicons(
        magnitudes={str(k): float(v) for k, v in units["magnitudes"].items()},
        currencies={str(k): str(v) for k, v in units["currencies"].items()},
        document_currencies={str(k): str(v) for k, v in units["document_currencies"].items()},
        yuan_words=[str(w) for w in units.get("yuan_words", [])],
        area_units={str(k): float(v) for k, v in units["area_units"].items()},
        non_money_units=[str(w) for w in units["non_money_units"]],
        price_cues=[str(w) for w in units["price_cues"]],
        supply_words=[str(w) for w in units.get("supply_words", [])],
        per_head_rate_markers=[str(w) for w in units.get("per_head_rate_markers", [])],
        industry_service_heads=[str(w) for w in industry_cues.get("service_heads", [])],
        exchange_words=[str(w) for w in units["exchange_words"]],
        approx_before=_invert(approx["before"]),
        approx_after=_invert(approx["after"]),
        spoken_before_yi=_invert(approx.get("spoken_before_yi", {})),
        money_categories=_invert({k: money[k] for k in MONEY_CATEGORIES}),
        amount_nouns=[str(w) for w in money["amount_nouns"]],
        amount_columns=[str(w) for w in money.get("amount_columns", [])],
        spent_columns=[str(w) for w in money.get("spent_columns", [])],
        grant_nouns=[str(w) for w in money.get("grant_nouns", [])],
        project_nouns=[str(w) for w in money["project_nouns"]],
        cluster_words=[str(w) for w in money.get("cluster_words", [])],
        rate_marks=[str(w) for w in money.get("rate_marks", [])],
        allotting_words=[str(w) for w in money.get("allotting_words", [])],
        allotted_cues=[str(w) for w in money.get("allotted_cues", [])],
        budget_lines_allotted=[str(w) for w in money.get("budget_lines_allotted", [])],
        part_marks=[str(w) for w in money.get("part_marks", [])],
        spending_words=[str(w) for w in money.get("spending_words", [])],
        spent_cues=[str(w) for w in money.get("spent_cues", [])],
        rate_grant_verbs=[str(w) for w in money.get("rate_grant_verbs", [])],
        area_kinds=_invert({k: kinds[k] for k in ("planned", "administered", "built", "land_use")}),
        area_product_cues=[str(w) for w in kinds["product_cues"]],
        area_name_followers=[str(w) for w in kinds["name_followers"]],
        area_floor_space_nouns=[str(w) for w in kinds["floor_space_nouns"]],
        area_planned_expansion_words=[str(w) for w in kinds["planned_expansion_words"]],
        area_planned_reach_verbs=[str(w) for w in kinds.get("planned_reach_verbs", [])],
        area_planned_change_verbs=[str(w) for w in kinds.get("planned_change_verbs", [])],
        area_planned_change_cues=[str(w) for w in kinds.get("planned_change_cues", [])],
        area_planned_change_done=[str(w) for w in kinds.get("planned_change_done", [])],
        area_undated_cues=[str(w) for w in kinds.get("undated_cues", [])],
        area_unit_price_links=[str(w) for w in kinds.get("unit_price_links", [])],
        area_conversion_words=[str(w) for w in kinds.get("conversion_words", [])],
        project_total_columns=[str(w) for w in targets.get("project_total_columns", [])],
        area_parcel_headers=[str(w) for w in kinds.get("parcel_headers", []) + kinds.get("land_class_headers", [])],
        area_land_class_headers=[str(w) for w in kinds.get("land_class_headers", [])],
        area_block_headers=[str(w) for w in kinds.get("block_headers", [])],
        area_column_not_yet_cues=[str(w) for w in kinds.get("column_not_yet_cues", [])],
        area_quantity_columns=[str(w) for w in kinds.get("quantity_columns", [])],
        area_land_nouns_after=[str(w) for w in kinds.get("land_nouns_after", [])],
        area_block_words=[str(w) for w in kinds.get("block_words", [])],
        area_block_taken_out=[str(w) for w in kinds.get("block_taken_out", [])],
        area_block_not=[str(w) for w in kinds.get("block_not", [])],
        area_phase_words=[str(w) for w in kinds.get("phase_words", [])],
        area_phase_unkinded_cues=[str(w) for w in kinds.get("phase_unkinded_cues", [])],
        area_phase_built_after=[str(w) for w in kinds.get("phase_built_after", [])],
        area_phase_built_bridges=[str(w) for w in kinds.get("phase_built_bridges", [])],
        area_part_block_endings=[str(w) for w in kinds.get("part_block_endings", [])],
        goal_words=[str(w) for w in targets["goal_words"]],
        future_words=[str(w) for w in targets["future_words"]],
        not_future_verbs=[str(w) for w in targets["not_future_verbs"]],
        future_task_verbs=[str(w) for w in targets.get("future_task_verbs", [])],
        due_task_verbs=[str(w) for w in targets.get("due_task_verbs", [])],
        due_spending_verbs=[str(w) for w in targets.get("due_spending_verbs", [])],
        built_size_words=[str(w) for w in targets.get("built_size_words", [])],
        goal_word_exceptions=[str(w) for w in targets["goal_word_exceptions"]],
        clause_goal_words=[str(w) for w in targets["clause_goal_words"]],
        past_words=[str(w) for w in targets["past_words"]],
        metric_verbs=[str(w) for w in targets["metric_verbs"]],
        count_units=[str(w) for w in targets["count_units"]],
        other_units=[str(w) for w in targets["other_units"]],
        length_units=[str(w) for w in targets.get("length_units", [])],
        distance_words=[str(w) for w in targets.get("distance_words", [])],
        maturing_debt_nouns=[str(w) for w in targets.get("maturing_debt_nouns", [])],
        survey_site_nouns=[str(w) for w in targets.get("survey_site_nouns", [])],
        full_production_words=[str(w) for w in targets.get("full_production_words", [])],
        structure_nouns=[str(w) for w in targets["structure_nouns"]],
        plan_titles=[str(w) for w in targets["plan_titles"]],
        review_titles=[str(w) for w in targets.get("review_titles", [])],
        plan_year_times=[str(w) for w in targets.get("plan_year_times", [])],
        task_verbs=[str(w) for w in targets["task_verbs"]],
        grant_words=[str(w) for w in targets["grant_words"]],
        project_attribute_words=[str(w) for w in targets["project_attribute_words"]],
        settled_words=[str(w) for w in targets["settled_words"]],
        metric_trailers=[str(w) for w in targets["metric_trailers"]],
        metric_prefixes=[str(w) for w in targets["metric_prefixes"]],
        threshold_followers=[str(w) for w in targets["threshold_followers"]],
        bound_threshold_followers=[str(w) for w in targets["bound_threshold_followers"]],
        people_units=[str(w) for w in targets["people_units"]],
        goal_headings=[str(w) for w in targets["goal_headings"]],
        year_plan_words=[str(w) for w in targets["year_plan_words"]],
        review_headings=[str(w) for w in targets["review_headings"]],
        baseline_words=[str(w) for w in targets["baseline_words"]],
        change_origin_words=[str(w) for w in targets["change_origin_words"]],
        rule_words=[str(w) for w in targets["rule_words"]],
        goal_statements=[str(w) for w in targets["goal_statements"]],
        goals_above_words=[str(w) for w in targets.get("goals_above_words", [])],
        arrangement_references=[str(w) for w in targets.get("arrangement_references", [])],
        plan_stops=[str(w) for w in targets["plan_stops"]],
        due_words=[str(w) for w in targets["due_words"]],
        span_conditions=[str(w) for w in targets.get("span_conditions", [])],
        per_year_words=[str(w) for w in targets["per_year_words"]],
        project_total_words=[str(w) for w in targets["project_total_words"]],
        stock_words=[str(w) for w in targets["stock_words"]],
        completion_words=[str(w) for w in targets["completion_words"]],
        output_capacity_words=[str(w) for w in targets["output_capacity_words"]],
        baseline_followers=[str(w) for w in targets["baseline_followers"]],
        standard_words=[str(w) for w in targets["standard_words"]],
        proposal_words=[str(w) for w in targets["proposal_words"]],
        reach_verbs=[str(w) for w in targets["reach_verbs"]],
        limit_verbs=[str(w) for w in targets["limit_verbs"]],
        limit_followers=[str(w) for w in targets["limit_followers"]],
        annual_plan_words=[str(w) for w in targets["annual_plan_words"]],
        comparison_words=[str(w) for w in targets["comparison_words"]],
        growth_verbs=[str(w) for w in targets["growth_verbs"]],
        duration_nouns=[str(w) for w in targets["duration_nouns"]],
        percentage_point_nouns=[str(w) for w in targets["percentage_point_nouns"]],
        change_ends=[str(w) for w in targets["change_ends"]],
        cumulative_words=[str(w) for w in targets["cumulative_words"]],
        standard_bounds=[str(w) for w in targets["standard_bounds"]],
        standard_conditions=[str(w) for w in targets["standard_conditions"]],
        commitment_words=[str(w) for w in targets.get("commitment_words", [])],
        former_goal_words=[str(w) for w in targets.get("former_goal_words", [])],
        commitment_term_words=[str(w) for w in targets.get("commitment_term_words", [])],
        commitment_checked_words=[str(w) for w in targets.get("commitment_checked_words", [])],
        commitment_system_suffixes=[str(w) for w in targets.get("commitment_system_suffixes", [])],
        land_rate_markers=[str(w) for w in targets["land_rate_markers"]],
        project_attribute_exceptions=[str(w) for w in targets["project_attribute_exceptions"]],
        land_attribute_words=[str(w) for w in targets["land_attribute_words"]],
        design_words=[str(w) for w in targets["design_words"]],
        intent_times=[str(w) for w in targets["intent_times"]],
        intent_words=[str(w) for w in targets["intent_words"]],
        intent_time_exceptions=[str(w) for w in targets["intent_time_exceptions"]],
        instruction_words=[str(w) for w in targets.get("instruction_words", [])],
        instruction_word_exceptions=[str(w) for w in targets.get("instruction_word_exceptions", [])],
        future_times=[str(w) for w in targets.get("future_times", [])],
        running_year_times=[str(w) for w in targets.get("running_year_times", [])],
        indicator_unit_headers=[str(w) for w in targets.get("indicator_unit_headers", [])],
        indicator_value_headers=[str(w) for w in targets.get("indicator_value_headers", [])],
        indicator_projected_labels=[str(w) for w in targets.get("indicator_projected_labels", [])],
        indicator_undated_value_headers=[str(w) for w in targets.get("indicator_undated_value_headers", [])],
        indicator_name_headers=[str(w) for w in targets.get("indicator_name_headers", [])],
        indicator_year_row_headers=[str(w) for w in targets.get("indicator_year_row_headers", [])],
        indicator_current_year_columns=[str(w) for w in targets.get("indicator_current_year_columns", [])],
        indicator_measure_columns=[str(w) for w in targets.get("indicator_measure_columns", [])],
        indicator_planned_columns=[str(w) for w in targets.get("indicator_planned_columns", [])],
        indicator_completion_columns=[str(w) for w in targets.get("indicator_completion_columns", [])],
        indicator_goal_headers=[str(w) for w in targets.get("indicator_goal_headers", [])],
        indicator_base_headers=[str(w) for w in targets.get("indicator_base_headers", [])],
        indicator_result_headers=[str(w) for w in targets.get("indicator_result_headers", [])],
        indicator_composition_titles=[str(w) for w in targets.get("indicator_composition_titles", [])],
        indicator_composition_headers=[str(w) for w in targets.get("indicator_composition_headers", [])],
        cap_words=[str(w) for w in targets.get("cap_words", [])],
        land_standard_metrics=[str(w) for w in targets.get("land_standard_metrics", [])],
        fund_setup_verbs=[str(w) for w in targets.get("fund_setup_verbs", [])],
        funds_sought_verbs=[str(w) for w in targets.get("funds_sought_verbs", [])],
        funds_nouns=[str(w) for w in targets.get("funds_nouns", [])],
        petition_markers=[str(w) for w in targets.get("petition_markers", [])],
        funds_pending_words=[str(w) for w in targets.get("funds_pending_words", [])],
        fund_intent_words=[str(w) for w in targets.get("fund_intent_words", [])],
        allotment_intent_words=[str(w) for w in targets.get("allotment_intent_words", [])],
        plan_period_words=[str(w) for w in targets.get("plan_period_words", [])],
        fund_nouns=[str(w) for w in targets.get("fund_nouns", [])],
        fund_size_words=[str(w) for w in targets.get("fund_size_words", [])],
        fund_leverage_words=[str(w) for w in targets.get("fund_leverage_words", [])],
        announcement_words=[str(w) for w in targets.get("announcement_words", [])],
        spending_cut_verbs=[str(w) for w in targets.get("spending_cut_verbs", [])],
        announced_intent_words=[str(w) for w in targets.get("announced_intent_words", [])],
        announced_investment_verbs=[str(w) for w in targets.get("announced_investment_verbs", [])],
        intended_investment_words=[str(w) for w in targets.get("intended_investment_words", [])],
        indicator_goal_marks=[str(w) for w in targets.get("indicator_goal_marks", [])],
        price_words=[str(w) for w in targets.get("price_words", [])],
        bidder_words=[str(w) for w in targets.get("bidder_words", [])],
        shortfall_words=[str(w) for w in targets.get("shortfall_words", [])],
        time_span_nouns=[str(w) for w in targets.get("time_span_nouns", [])],
        programme_total_words=[str(w) for w in targets.get("programme_total_words", [])],
        planned_total_prefixes=[str(w) for w in targets.get("planned_total_prefixes", [])],
        gone_year_words=[str(w) for w in targets.get("gone_year_words", [])],
        to_date_spans=[str(w) for w in targets.get("to_date_spans", [])],
        programme_project_words=[str(w) for w in targets.get("programme_project_words", [])],
        duty_words=[str(w) for w in targets.get("duty_words", [])],
        per_case_openers=[str(w) for w in targets.get("per_case_openers", [])],
        quota_words=[str(w) for w in targets.get("quota_words", [])],
        present_openers=[str(w) for w in targets.get("present_openers", [])],
        premise_openers=[str(w) for w in targets.get("premise_openers", [])],
        premise_closers=[str(w) for w in targets.get("premise_closers", [])],
        goal_requirement_words=[str(w) for w in targets.get("goal_requirement_words", [])],
        shortfall_adverbs=[str(w) for w in targets.get("shortfall_adverbs", [])],
        comparison_base_words=[str(w) for w in targets.get("comparison_base_words", [])],
        comparison_base_times=[str(w) for w in targets.get("comparison_base_times", [])],
        project_land_words=[str(w) for w in targets.get("project_land_words", [])],
        park_area_words=[str(w) for w in targets.get("park_area_words", [])],
        park_area_change_words=[str(w) for w in targets.get("park_area_change_words", [])],
        phase_area_words=[str(w) for w in targets.get("phase_area_words", [])],
        capacity_nouns=[str(w) for w in targets.get("capacity_nouns", [])],
        scope_words=[str(w) for w in targets.get("scope_words", [])],
        tally_words=[str(w) for w in targets.get("tally_words", [])],
        goal_split_words=[str(w) for w in targets.get("goal_split_words", [])],
        plan_listing_verbs=[str(w) for w in targets.get("plan_listing_verbs", [])],
        plan_outcome_words=[str(w) for w in targets.get("plan_outcome_words", [])],
        done_after_words=[str(w) for w in targets.get("done_after_words", [])],
        demand_words=[str(w) for w in targets.get("demand_words", [])],
        offering_words=[str(w) for w in targets.get("offering_words", [])],
        definition_words=[str(w) for w in targets.get("definition_words", [])],
        price_word_exceptions=[str(w) for w in targets.get("price_word_exceptions", [])],
        fee_words=[str(w) for w in targets.get("fee_words", [])],
        scenario_words=[str(w) for w in targets.get("scenario_words", [])],
        scenario_changes=[str(w) for w in targets.get("scenario_changes", [])],
        scenario_word_exceptions=[str(w) for w in targets.get("scenario_word_exceptions", [])],
        fee_periods=[str(w) for w in targets.get("fee_periods", [])],
        price_per_units=[str(w) for w in units.get("price_per_units", [])],
        price_periods=[str(w) for w in units.get("price_periods", [])],
        mean_markers=[str(w) for w in units.get("mean_markers", [])],
        spoken_yuan_cues=[str(w) for w in units.get("spoken_yuan_cues", [])],
        roc_markers=[str(w) for w in targets.get("roc_markers", [])],
        roc_programme_verbs=[str(w) for w in targets.get("roc_programme_verbs", [])],
        five_year_plan_title_words=[str(w) for w in targets.get("five_year_plan_title_words", [])],
        five_year_plan_title_blockers=[str(w) for w in targets.get("five_year_plan_title_blockers", [])],
        applied_rate_words=[str(w) for w in targets.get("applied_rate_words", [])],
        weight_words=[str(w) for w in targets.get("weight_words", [])],
        appraisal_words=[str(w) for w in targets.get("appraisal_words", [])],
        land_rate_periods=[str(w) for w in units.get("land_rate_periods", [])],
        rank_words=[str(w) for w in targets.get("rank_words", [])],
        projection_events=[str(w) for w in targets["projection_events"]],
        plan_event_subjects=[str(w) for w in targets.get("plan_event_subjects", [])],
        start_words=[str(w) for w in targets["start_words"]],
        planned_quantity_words=[str(w) for w in targets.get("planned_quantity_words", [])],
        founding_events=[str(w) for w in targets.get("founding_events", [])],
        span_to_now_words=[str(w) for w in targets.get("span_to_now_words", [])],
        open_span_starts=[str(w) for w in targets.get("open_span_starts", [])],
        open_span_ends=[str(w) for w in targets.get("open_span_ends", [])],
        bulletin_titles=[str(w) for w in targets.get("bulletin_titles", [])],
        year_review_titles=[str(w) for w in targets.get("year_review_titles", [])],
        scorecard_titles=[str(w) for w in targets.get("scorecard_titles", [])],
        this_event_words=[str(w) for w in targets.get("this_event_words", [])],
        event_acts=[str(w) for w in targets.get("event_acts", [])],
        today_words=[str(w) for w in targets.get("today_words", [])],
        yearbook_titles=[str(w) for w in targets.get("yearbook_titles", [])],
        present_words=[str(w) for w in targets.get("present_words", [])],
        entry_words=[str(w) for w in targets.get("entry_words", [])],
        period_undated_measures=[str(w) for w in targets.get("period_undated_measures", [])],
        record_titles=[str(w) for w in targets.get("record_titles", [])],
        chronicle_headings=[str(w) for w in targets.get("chronicle_headings", [])],
        event_date_labels=[str(w) for w in targets.get("event_date_labels", [])],
        counted_at_words=[str(w) for w in targets.get("counted_at_words", [])],
        plan_statement_words=[str(w) for w in targets.get("plan_statement_words", [])],
        share_words=[str(w) for w in targets.get("share_words", [])],
        budget_headings=[str(w) for w in targets.get("budget_headings", [])],
        commitment_headings=[str(w) for w in targets.get("commitment_headings", [])],
        problem_headings=[str(w) for w in targets.get("problem_headings", [])],
        hearsay_openers=[str(w) for w in targets.get("hearsay_openers", [])],
        task_list_labels=[str(w) for w in targets.get("task_list_labels", [])],
        related_link_headings=[str(w) for w in targets.get("related_link_headings", [])],
        allotment_words=[str(w) for w in targets.get("allotment_words", [])],
        budget_line_nouns=[str(w) for w in targets.get("budget_line_nouns", [])],
        founding_approval=[str(w) for w in targets.get("founding_approval", [])],
        zone_suffixes=_invert(_yaml(d / "zone_suffixes.yml")),
        zone_stopwords=_lines(d / "zone_stopwords.txt"),
        zone_same=[str(w) for w in zone_cues["same_zone"]],
        zone_same_spoken=[str(w) for w in zone_cues.get("same_zone_spoken", [])],
        zone_same_spoken_fillers=[str(w) for w in zone_cues.get("same_zone_spoken_fillers", [])],
        zone_title_prefixes=[str(w) for w in zone_cues["title_prefixes"]],
        zone_collective=[str(w) for w in zone_cues["collective"]],
        zone_suffix_blockers=[str(w) for w in zone_cues["suffix_blockers"]],
        zone_company_words=[str(w) for w in zone_cues.get("company_words", [])],
        zone_location_verbs=[str(w) for w in zone_cues["location_verbs"]],
        zone_site_verbs=[str(w) for w in zone_cues["site_verbs"]],
        zone_company_clause_leads=[str(w) for w in zone_cues["company_clause_leads"]],
        zone_not_places=[str(w) for w in zone_cues["not_places"]],
        zone_list_item_tails=[str(w) for w in zone_cues["list_item_tails"]],
        zone_list_heads=[str(w) for w in zone_cues["list_heads"]],
        zone_generic_qualifiers=[str(w) for w in zone_cues["generic_qualifiers"]],
        zone_project_followers=[str(w) for w in zone_cues["project_followers"]],
        zone_nation_pair_families=[str(w) for w in zone_cues["nation_pair_families"]],
        zone_phase_followers=[str(w) for w in zone_cues["phase_followers"]],
        zone_block_followers=[str(w) for w in zone_cues.get("block_followers", [])],
        zone_city_collective_suffixes=[str(w) for w in zone_cues["city_collective_suffixes"]],
        zone_city_written_collective_suffixes=[str(w) for w in zone_cues.get("city_written_collective_suffixes", [])],
        zone_city_written_industry_collective_suffixes=[
            str(w) for w in zone_cues.get("city_written_industry_collective_suffixes", [])],
        zone_short_form_cues=[str(w) for w in zone_cues["short_form_cues"]],
        zone_joint_name_cues=[str(w) for w in zone_cues.get("joint_name_cues", [])],
        zone_short_families={str(k): [str(f) for f in v] for k, v in zone_cues["short_families"].items()},
        zone_localities=[str(w) for w in zone_cues["localities"]],
        zone_place_infixes=[str(w) for w in zone_cues["place_infixes"]],
        zone_rank_infixes=[str(w) for w in zone_cues.get("rank_infixes", [])],
        zone_park_part_leads=[str(w) for w in zone_cues.get("park_part_leads", [])],
        zone_sub_suffixes=[str(w) for w in zone_cues["sub_suffixes"]],
        zone_bare_park_words=[str(w) for w in zone_cues["bare_park_words"]],
        zone_sub_zone_place_followers=[str(w) for w in zone_cues.get("sub_zone_place_followers", [])],
        zone_sited_in_words=[str(w) for w in zone_cues.get("sited_in_words", [])],
        zone_sub_suffix_hosts={str(k): [str(h) for h in v] for k, v in zone_cues.get("sub_suffix_hosts", {}).items()},
        zone_name_breaking_words=[str(w) for w in zone_cues.get("name_breaking_words", [])],
        zone_city_place_families=[str(w) for w in zone_cues.get("city_place_families", [])],
        zone_settlement_tails=[str(w) for w in zone_cues.get("settlement_tails", [])],
        zone_town_marks=[str(w) for w in zone_cues.get("town_marks", [])],
        zone_part_list_cues=[str(w) for w in zone_cues.get("part_list_cues", [])],
        zone_nation_led_families=[str(w) for w in zone_cues.get("nation_led_families", [])],
        zone_decision_leads=[str(w) for w in zone_cues.get("decision_leads", [])],
        zone_company_document_titles=[str(w) for w in zone_cues.get("company_document_titles", [])],
        zone_case_issuers=[str(w) for w in zone_cues.get("case_issuers", [])],
        zone_governing_words=[str(w) for w in zone_cues.get("governing_words", [])],
        zone_agreement_prefixes=[str(w) for w in zone_cues.get("agreement_prefixes", [])],
        zone_agreement_area_suffixes=[str(w) for w in zone_cues.get("agreement_area_suffixes", [])],
        zone_kind_names=[str(w) for w in zone_cues.get("kind_names", [])],
        zone_censor_marks=[str(w) for w in zone_cues["censor_marks"]],
        zone_name_words=[str(w) for w in zone_cues["name_words"]],
        zone_placed_name_words=[str(w) for w in zone_cues["placed_name_words"]],
        zone_collective_words=[str(w) for w in zone_cues["collective_words"]],
        zone_bare_words=[str(w) for w in zone_cues["bare_words"]],
        zone_province_collective_words=[str(w) for w in zone_cues["province_collective_words"]],
        industries=industries,
        industry_after_list=_invert(industry_cues["after_list"]),
        industry_before_list=_invert(industry_cues["before_list"]),
        not_industries=[str(w) for w in industry_cues["not_industries"]],
        not_industry_tails=[str(w) for w in industry_cues["not_industry_tails"]],
        not_industry_heads=[str(w) for w in industry_cues["not_industry_heads"]],
        industry_name_words=[str(w) for w in industry_cues["name_words"]],
        industry_list_only_cues=[str(w) for w in industry_cues["list_only"]],
        industry_counted_only=_invert(industry_cues.get("counted_only", {})),
        industry_counted_after_list=[str(w) for w in industry_cues.get("counted_after_list", [])],
        industry_intake_cues=[str(w) for w in industry_cues["intake_cues"]],
        industry_firm_words=[str(w) for w in industry_cues["firm_words"]],
        industry_process_heads=[str(w) for w in industry_cues["process_heads"]],
        industry_feedstocks=[str(w) for w in industry_cues.get("feedstocks", [])],
        industry_base_cues=[str(w) for w in industry_cues["base_cues"]],
        industry_base_openers=[str(w) for w in industry_cues["base_openers"]],
        zone_extra_places=_lines(d / "places_extra.txt"),
        zone_place_parks=[str(w) for w in zone_cues["place_parks"]],
        zone_place_required_families=[str(w) for w in zone_cues["place_required_families"]],
        zone_short_form_openers=[str(w) for w in zone_cues.get("short_form_openers", [])],
        zone_collective_levels=[str(w) for w in zone_cues.get("collective_levels", [])],
        zone_level_rank_marks=[str(w) for w in zone_cues.get("level_rank_marks", [])],
        zone_place_short_words=[str(w) for w in zone_cues.get("place_short_words", [])],
        zone_region_words=[str(w) for w in zone_cues["region_words"]],
        zone_macro_regions=[str(w) for w in zone_cues.get("macro_regions", [])],
        zone_abbreviated_words=[str(w) for w in zone_cues["abbreviated_words"]],
        zone_abbreviation_blockers=[str(w) for w in zone_cues["abbreviation_blockers"]],
        zone_rank_words=[str(w) for w in zone_cues["rank_words"]],
        industry_by_with=_invert(industry_cues["by_with"]),
        industry_copula_cues=_invert(industry_cues["copula"]),
        industry_joined_tails=[str(w) for w in industry_cues["joined_tails"]],
        industry_opening_words=[str(w) for w in industry_cues["opening_words"]],
        industry_group_qualifiers=[str(w) for w in industry_cues.get("group_qualifiers", [])],
        zone_partner_abbreviations=[str(w) for w in zone_cues["partner_abbreviations"]],
        zone_partner_words=[str(w) for w in zone_cues["partner_words"]],
        zone_partner_city_abbreviations=[str(w) for w in zone_cues.get("partner_city_abbreviations", [])],
        zone_partner_theme_joiners=[str(w) for w in zone_cues.get("partner_theme_joiners", [])],
        zone_place_pair_words=[str(w) for w in zone_cues.get("place_pair_words", [])],
        zone_trade_grades=[str(w) for w in zone_cues.get("trade_grades", [])],
        zone_trade_joiners=[str(w) for w in zone_cues.get("trade_joiners", [])],
        zone_duty_words=[str(w) for w in zone_cues.get("duty_words", [])],
        zone_cross_strait_leads=[str(w) for w in zone_cues.get("cross_strait_leads", [])],
        zone_place_pair_families=[str(w) for w in zone_cues.get("place_pair_families", [])],
        zone_table_separators=[str(w) for w in zone_cues["table_separators"]],
        zone_park_column_headers=[str(w) for w in zone_cues.get("park_column_headers", [])],
        zone_hosted_only_suffixes=[str(w) for w in zone_cues.get("hosted_only_suffixes", [])],
        zone_closed_names={str(k): [str(w) for w in v] for k, v in zone_cues["closed_names"].items()},
        industry_by_with_known=_invert(industry_cues["by_with_known"]),
        zone_bare_short_forms={str(k): [str(w) for w in v] for k, v in zone_cues["bare_short_forms"].items()},
        zone_defined_full_forms={str(k): [str(w) for w in v]
                                 for k, v in zone_cues.get("defined_full_forms", {}).items()},
        zone_defined_bare_words=[str(w) for w in zone_cues.get("defined_bare_words", [])],
        zone_any_zone_words=[str(w) for w in zone_cues["any_zone_words"]],
        zone_generic_bare_words=[str(w) for w in zone_cues["generic_bare_words"]],
        zone_nations=[str(w) for w in zone_cues["nations"]],
        zone_nation_short=str(zone_cues["nation_short"]),
        zone_shared_words=[str(w) for w in zone_cues["shared_words"]],
        zone_city_wide_words=[str(w) for w in zone_cues.get("city_wide_words", [])],
        zone_city_wide_share_words=[str(w) for w in zone_cues.get("city_wide_share_words", [])],
        zone_benchmark_words=[str(w) for w in zone_cues.get("benchmark_words", [])],
        zone_higher_government_subjects=[str(w) for w in zone_cues.get("higher_government_subjects", [])],
        zone_no_zone_districts=[str(w) for w in zone_cues.get("no_zone_districts", [])],
        zone_site_fields=[str(w) for w in zone_cues.get("site_fields", [])],
        zone_partner_countries=[str(w) for w in zone_cues["partner_countries"]],
        zone_partner_country_names={str(k): str(v) for k, v in zone_cues.get("partner_country_names", {}).items()},
        zone_partner_prepositions=[str(w) for w in zone_cues.get("partner_prepositions", [])],
        zone_address_cues=[str(w) for w in zone_cues.get("address_cues", [])],
        zone_address_roads=[str(w) for w in zone_cues.get("address_roads", [])],
        zone_district_collective_suffixes=[str(w) for w in zone_cues.get("district_collective_suffixes", [])],
        zone_section_marks=[str(w) for w in zone_cues.get("section_marks", [])],
        zone_link_marks=[str(w) for w in zone_cues.get("link_marks", [])],
        zone_link_list_headings=[str(w) for w in zone_cues.get("link_list_headings", [])],
        zone_office_words=[str(w) for w in zone_cues.get("office_words", [])],
        zone_speaker_tags=[str(w) for w in zone_cues.get("speaker_tags", [])],
        zone_company_subjects=[str(w) for w in zone_cues.get("company_subjects", [])],
        zone_company_clause_subjects=[str(w) for w in zone_cues.get("company_clause_subjects", [])],
        zone_company_zone_leads=[str(w) for w in zone_cues.get("company_zone_leads", [])],
        zone_company_accounts=[str(w) for w in zone_cues.get("company_accounts", [])],
        zone_bare_alias_words=[str(w) for w in zone_cues.get("bare_alias_words", [])],
        zone_platform_accounts=[str(w) for w in zone_cues.get("platform_accounts", [])],
        zone_platform_company_words=[str(w) for w in zone_cues.get("platform_company_words", [])],
        zone_platform_role_words=[str(w) for w in zone_cues.get("platform_role_words", [])],
        zone_platform_zone_company_words=[str(w) for w in zone_cues.get("platform_zone_company_words", [])],
        zone_platform_financing_accounts=[str(w) for w in zone_cues.get("platform_financing_accounts", [])],
        zone_platform_financing_sizes=[str(w) for w in zone_cues.get("platform_financing_sizes", [])],
        zone_public_financing_words=[str(w) for w in zone_cues.get("public_financing_words", [])],
        zone_company_table_heads=[str(w) for w in zone_cues.get("company_table_heads", [])],
        zone_platform_change_leads=[str(w) for w in zone_cues.get("platform_change_leads", [])],
        zone_platform_paid_in_accounts=[str(w) for w in zone_cues.get("platform_paid_in_accounts", [])],
        link_dating_words=[str(w) for w in targets.get("link_dating_words", [])],
        zone_platform_operating_accounts=[str(w) for w in zone_cues.get("platform_operating_accounts", [])],
        zone_platform_co_debtors=[str(w) for w in zone_cues.get("platform_co_debtors", [])],
        zone_short_park_suffixes=[str(w) for w in zone_cues.get("short_park_suffixes", [])],
        zone_owned_park_words=[str(w) for w in zone_cues.get("owned_park_words", [])],
        zone_hosted_park_joiners=[str(w) for w in zone_cues.get("hosted_park_joiners", [])],
        zone_hosted_park_suffixes=[str(w) for w in zone_cues.get("hosted_park_suffixes", [])],
        zone_clause_park_suffixes=[str(w) for w in zone_cues.get("clause_park_suffixes", [])],
        zone_unnamed_marks=[str(w) for w in zone_cues.get("unnamed_marks", [])],
        zone_park_pointers=[str(w) for w in zone_cues.get("park_pointers", [])],
        zone_park_possessives=[str(w) for w in zone_cues.get("park_possessives", [])],
        zone_hosted_park_role_words=[str(w) for w in zone_cues.get("hosted_park_role_words", [])],
        zone_town_park_suffixes=[str(w) for w in zone_cues.get("town_park_suffixes", [])],
        zone_building_verbs=[str(w) for w in zone_cues.get("building_verbs", [])],
        zone_founding_verbs=[str(w) for w in zone_cues.get("founding_verbs", [])],
        zone_merging_verbs=[str(w) for w in zone_cues.get("merging_verbs", [])],
        zone_norm_bounds=[str(w) for w in zone_cues.get("norm_bounds", [])],
        zone_lot_labels=[str(w) for w in zone_cues.get("lot_labels", [])],
        zone_plant_words=[str(w) for w in zone_cues.get("plant_words", [])],
        zone_purpose_leads=[str(w) for w in zone_cues.get("purpose_leads", [])],
        zone_spread_words=[str(w) for w in zone_cues.get("spread_words", [])],
        zone_investment_words=[str(w) for w in zone_cues.get("investment_words", [])],
        zone_joint_building_verbs=[str(w) for w in zone_cues.get("joint_building_verbs", [])],
        zone_done_deed_leads=[str(w) for w in zone_cues.get("done_deed_leads", [])],
        zone_built_park_size_openers=[str(w) for w in zone_cues.get("built_park_size_openers", [])],
        zone_listed_park_joiners=[str(w) for w in zone_cues.get("listed_park_joiners", [])],
        zone_park_metric_followers=[str(w) for w in zone_cues.get("park_metric_followers", [])],
        zone_not_town_words=[str(w) for w in zone_cues.get("not_town_words", [])],
        zone_comparison_openers=[str(w) for w in zone_cues.get("comparison_openers", [])],
        zone_comparison_closers=[str(w) for w in zone_cues.get("comparison_closers", [])],
        zone_park_endings=[str(w) for w in zone_cues.get("park_endings", [])],
        zone_aspiration_prefixes=[str(w) for w in zone_cues.get("aspiration_prefixes", [])],
        zone_aspiration_verbs=[str(w) for w in zone_cues.get("aspiration_verbs", [])],
        industry_table_headers=_invert(industry_cues.get("table_headers", {})),
        zone_numerals=str(zone_cues.get("numerals", "")),
        zone_question_tags=[str(w) for w in zone_cues.get("question_tags", [])],
        zone_former_marks=[str(w) for w in zone_cues.get("former_marks", [])],
        zone_common_words=[str(w) for w in zone_cues.get("common_words", [])],
        zone_institution_tails=[str(w) for w in zone_cues.get("institution_tails", [])],
        zone_part_names=[str(w) for w in zone_cues.get("part_names", [])],
        zone_park_host_families=[str(w) for w in zone_cues.get("park_host_families", [])],
        zone_host_led_park_words=[str(w) for w in zone_cues.get("host_led_park_words", [])],
        zone_merged_from_words=[str(w) for w in zone_cues.get("merged_from_words", [])],
        zone_bracket_naming_words=[str(w) for w in zone_cues.get("bracket_naming_words", [])],
        zone_count_sum_words=[str(w) for w in zone_cues.get("count_sum_words", [])],
        zone_renaming_words=[str(w) for w in zone_cues.get("renaming_words", [])],
        zone_renamed_to_words=[str(w) for w in zone_cues.get("renamed_to_words", [])],
        zone_region_collective_tails=[str(w) for w in zone_cues.get("region_collective_tails", [])],
        zone_whole_area_words=[str(w) for w in zone_cues.get("whole_area_words", [])],
        zone_province_part_directions=[str(w) for w in zone_cues.get("province_part_directions", [])],
        zone_multi_place_regions=[str(w) for w in zone_cues.get("multi_place_regions", [])],
        industry_name_openers=[str(w) for w in industry_cues.get("name_openers", [])],
        industry_joined_trades=[str(w) for w in industry_cues.get("joined_trades", [])],
        industry_known_heads=[str(w) for w in industry_cues.get("known_heads", [])],
        industry_by_with_blockers=[str(w) for w in industry_cues.get("by_with_blockers", [])],
        industry_base_label_scopes=[str(w) for w in industry_cues.get("base_label_scopes", [])],
        industry_growing_predicates=[str(w) for w in industry_cues.get("growing_predicates", [])],
        industry_spoken_fillers=[str(w) for w in industry_cues.get("spoken_fillers", [])],
        industry_sector_words=[str(w) for w in industry_cues.get("sector_words", [])],
        industry_toward_words=[str(w) for w in industry_cues.get("toward_words", [])],
        industry_list_members=[str(w) for w in industry_cues.get("list_members", [])],
        zone_numeral_counters=[str(w) for w in zone_cues.get("numeral_counters", [])],
        variant_characters={str(k): str(v) for k, v in _yaml(d / "variant_characters.yml").items()},
        fingerprint=digest.hexdigest(),
    )


def alternation(words) -> str:
    """A pattern matching what the regex alternation of the literal `words`, longest first (so that 美元 wins
    over 元), matches, written as a trie: 河(?:南(?:省)?|北(?:省)?). Where a plain alternation tries every word
    at every position, the trie tries one branch per character (a third of the extraction's pattern time was
    spent in such alternations). The same matches, in the same order on backtracking: all the words that match
    at a position are prefixes of one another, and the greedy trie tries the longer first."""
    import regex

    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branches(node: dict) -> str:
        alternatives = [regex.escape(char) + branches(child) for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        group = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        # Only one branch can match the next character, so a greedy trie ends on the longest word there.
        return f"(?:{group})?" if "" in node else group

    return branches(trie)
