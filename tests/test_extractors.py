"""The zone, target and industry extractors and zone attribution, through the whole spaCy pipeline, on
phrasings from real reports (decoys included)."""
import pytest

from extractors.base import fact_record, facts
from pipeline.reading import normalize_text


def extract(nlp, text):
    doc = nlp(normalize_text(text))
    return doc, [fact_record(s, "t.txt") for s in facts(doc)]


def of(records, type_):
    return [r for r in records if r["type"] == type_]


def zones_of(records):
    """{name: aliases} of the zone facts."""
    return {z["name"]: z["aliases"] for z in of(records, "zone")}


def test_zone_names_aliases_and_province_prefix(nlp):
    doc, records = extract(nlp, "河南省南阳高新技术产业开发区\n南阳高新区于1996年正式运行,是南阳高新区发展的基础。")
    [zone] = of(records, "zone")
    assert zone["name"] == "南阳高新技术产业开发区"
    assert zone["aliases"] == ["南阳高新区"]
    assert doc.text[zone["start"]:zone["end"]] == "南阳高新技术产业开发区"


@pytest.mark.parametrize("text", [
    "全市产业集聚区完成投资130亿元。",  # bare suffix with a collective word
    "各产业集聚区要加快建设。",
    "被评为河南省创新型产业集聚区。",  # an honour, not a zone
    "建设国家光电高新技术产业化基地。",
    "推进园区建设,集聚区发展加快。",
    "推进医药、化工等产业园区建设,完善城东、城西等工业园区配套。",  # industries and parts of a town in a list
    "相继开发建成的1号、2号和3号三大工业园区。",  # numbers, not names
    "推动人、财、物向集聚区集中。",  # 物向: two words jieba glued, not a name
    "洛阳市产业集聚区建设工程2013年工作方案",  # a prefecture city's zones together
    "上马工业区块已基本建成。",
])
def test_zone_decoys(nlp, text):
    assert of(extract(nlp, text)[1], "zone") == []


def test_parks_named_in_a_list_closed_by_a_zone_word(nlp):
    _, records = extract(nlp, "高标准建设了光电园孵化园、黄岗光电园等4个专业孵化园区。"
                              "结合我市石林陶瓷产业园区、浚县粮食精深加工园区、鹤山产业园区等产业园区省级备案工作。")
    assert [z["name"] for z in of(records, "zone")] == ["光电园孵化园", "黄岗光电园", "石林陶瓷产业园区",
                                                       "浚县粮食精深加工园区", "鹤山产业园区"]


def test_a_park_named_as_a_project_is_a_zone_but_not_the_sentences_zone(nlp):
    text = "沁阳市产业集聚区\n投资11.2亿元的河南尚宇硅材料工业园项目、汇融物流园区项目等29个项目开工建设。"
    _, records = extract(nlp, text)
    assert {z["name"] for z in of(records, "zone")} == {"沁阳市产业集聚区", "河南尚宇硅材料工业园", "汇融物流园区"}
    [money] = of(records, "money")
    assert money["zone"] == "沁阳市产业集聚区"


def test_short_form_without_a_generic_word_is_an_alias(nlp):
    _, records = extract(nlp, "美的物流园等重大服务项目已启动,美的工业物流园项目已经入驻。")
    [zone] = of(records, "zone")
    assert (zone["name"], zone["aliases"]) == ("美的工业物流园", ["美的物流园"])


def test_a_county_level_city_names_its_zone_and_a_name_may_be_followed_by_a_verb(nlp):
    _, records = extract(nlp, "沁阳市产业集聚区位于沁阳市区北部,昆山高新区位列第三。")
    assert [z["name"] for z in of(records, "zone")] == ["沁阳市产业集聚区", "昆山高新区"]


def test_former_name_is_an_alias(nlp):
    _, records = extract(nlp, "沁阳市产业集聚区前身为沁阳市沁北产业集聚区,是首批重点产业集聚区。启动沁北产业集聚区拆迁安置。")
    [zone] = of(records, "zone")
    assert zone["name"] == "沁阳市产业集聚区"
    assert set(zone["aliases"]) == {"沁阳市沁北产业集聚区", "沁北产业集聚区"}


def test_targets_with_deadline_metric_and_units(nlp):
    text = "到2015年,入园各类相关企业数达到100家,光电产业产值达到150亿元,就业人口3—5万人,比重高于60%。"
    _, records = extract(nlp, text)
    targets = {(t["metric"], t["value"], t["value_max"], t["unit"], t["year"]) for t in of(records, "target")}
    assert ("入园各类相关企业数", 100, None, "count", 2015) in targets
    assert ("光电产业产值", 1.5e10, None, "CNY", 2015) in targets
    assert ("就业人口", 30000, 50000, "people", 2015) in targets
    assert ("比重", 60, None, "percent", 2015) in targets
    [money] = of(records, "money")
    assert money["target"] is True and money["year"] == 2015 and money["category"] == "output"
    assert not of(records, "area")


def test_target_text_is_metric_through_figure(nlp):
    doc, records = extract(nlp, "到2015年,光电产业产值达到150亿元。")
    [target] = of(records, "target")
    assert target["text"] == "光电产业产值达到150亿元"
    assert doc.text[target["start"]:target["end"]] == target["text"]


@pytest.mark.parametrize("text", [
    "2011年已完成投资23.1亿元。",  # a result, not a goal
    "以争创国家级高新区为目标,规划面积9.2平方公里。",  # 为目标 names a goal, the figure is not one
    "今年计划完成投资24亿元,已建成项目5个,在建项目9个。",  # the plan stops at 已
    # 超预期 qualifies what a past year met, like 好于预期: no goal
    "2023年2月16日\n去年,全省开发区顶住多重超预期因素冲击。全省开发区实际使用外资9.2亿美元,新设企业5家。",
    # an event a past year dates (2021年建成后 in a 2023 report) happened: what follows it is a result
    "2023年6月1日\n污水处理厂总投资1.26亿元,2021年建成后因管网未完工,日处理量不足9.2万吨,运行负荷仅5%。",
])
def test_results_are_not_targets(nlp, text):
    _, records = extract(nlp, text)
    values = [t["value"] for t in of(records, "target")]
    assert 2.31e9 not in values and 9.2 not in values and 5 not in values and 9 not in values


def test_deadline_carries_into_the_next_sentence_of_a_plan(nlp):
    _, records = extract(nlp, "发展目标:到2015年,引进工业项目100个。地区生产总值200-300亿元。\n2011年完成投资10亿元。")
    by_value = {m["value"]: m for m in of(records, "money")}
    assert by_value[2e10]["target"] is True and by_value[2e10]["year"] == 2015
    assert by_value[1e9]["target"] is False and by_value[1e9]["year"] == 2011


def test_relative_year_resolves_against_the_report_date(nlp):
    _, records = extract(nlp, "鹤壁市产业集聚区建设工程2010年工作方案\n力争年内实际利用市外资金超90亿元。")
    [money] = of(records, "money")
    assert (money["year"], money["target"], money["category"], money["approx"]) == (2010, True, "investment", "at_least")


def test_industries_from_list_structures(nlp):
    text = ("南阳高新区初步形成了以光电、先进装备制造等为主导产业的高新技术产业集群。"
            "形成了能源化工、有色金属及深加工、光电信息三大主导产业。重点发展生物医药产业和新材料产业。")
    _, records = extract(nlp, text)
    industries = {(i["name"], i["role"]) for i in of(records, "industry")}
    assert {("光电", "leading"), ("先进装备制造", "leading"), ("能源化工", "leading"),
            ("有色金属及深加工", "leading"), ("光电信息", "leading"), ("生物医药", "planned"),
            ("新材料", "planned")} <= industries
    assert not any(name in ("高新技术", "全市工业") for name, _ in industries)


@pytest.mark.parametrize("text, names", [
    ("初步形成了以天冠集团为主的生物质能源,以二胶厂、迅天宇多晶硅为主的光电光伏,以防爆集团、中祥电子等企业为主的"
     "新能源装备三大产业集群。此外,以娃哈哈企业为主的食品饮料也得到较快发展。", ["生物质能源", "光电光伏", "新能源装备"]),
    ("规划主导产业为先进装备制造、生物医药、电子信息(含新能源)和现代化服务业四大产业。",
     ["先进装备制造", "生物医药", "电子信息", "现代化服务"]),
    ("昆山高新区重点发展机器人、光电、小核酸及生物医药三大特色产业。", ["机器人", "光电", "小核酸及生物医药"]),
    ("成都高新区重点发展电子信息、生物医药和精密机械制造三大主导产业。", ["电子信息", "生物医药", "精密机械制造"]),
    ("其中光伏、石化轻纺两个产业集群将分别达到1000亿元以上。", ["光伏", "石化轻纺"]),
    ("形成了有色金属及深加工、汽车及零部件等支柱产业。", ["有色金属及深加工", "汽车及零部件"]),
    ("区内以移动互联网、平板显示、新能源、LED为四大主导产业。", ["移动互联网", "平板显示", "新能源", "LED"]),
    ("高新区以新一代电子信息、生物医药为主导产业,重点培育机器人及智能制造、小核酸及生物医药两大产业集群。",
     ["新一代电子信息", "生物医药", "机器人及智能制造", "小核酸及生物医药"]),
    ("培育发动机、变速箱等关键零部件产业集群;积极发展现代物流和汽车金融服务。", ["关键零部件", "现代物流", "汽车金融服务"]),
    ("初步形成了手机及配件、LED照明两大产业集群。", ["手机及配件", "LED照明"]),
    # the words opening a list end at its last verb, not at a known word inside the first item
    ("全区已初步形成光电子信息、生物、节能环保、高端装备制造和现代服务业五大主导产业。",
     ["光电子信息", "生物", "节能环保", "高端装备制造", "现代服务"]),
    ("编制集聚区能源化工、铝及深加工两大主导产业招商图谱。", ["能源化工", "铝及深加工"]),
    # a scale label between the count and the cue; a list closed by 等…产业 names industries known or not
    ("着力培育集成电路、智能语音两个千亿级产业集群,前瞻布局空天信息、生命健康等未来产业。",
     ["集成电路", "智能语音", "空天信息", "生命健康"]),
    ("打造新能源汽车、智能装备两个百亿级产业集群。", ["新能源汽车", "智能装备"]),
    ("重点培育高端装备、新材料、新能源三大战略性新兴产业。", ["高端装备", "新材料", "新能源"]),
    ("前瞻布局类脑智能、量子科技等未来产业。", ["类脑智能", "量子科技"]),
    # lists after a colon, and enumerated across semicolons
    ("园区主导产业:电子信息、生物医药、新材料。", ["电子信息", "生物医药", "新材料"]),
    ("园区重点发展三大产业:新能源汽车、智能制造和生物医药。", ["新能源汽车", "智能制造", "生物医药"]),
    ("园区主导产业有三个:一是电子信息产业;二是装备制造产业;三是新能源产业。", ["电子信息", "装备制造", "新能源"]),
    ("开发区主导产业包括三类:1.汽车零部件;2.电子信息;3.现代物流。", ["汽车零部件", "电子信息", "现代物流"]),
    # 打造…产业基地: the industries of the bases a plan builds
    ("加快打造新能源、新材料和高端装备制造三大产业基地。", ["新能源", "新材料", "高端装备制造"]),
    ("打造光伏产业基地。", ["光伏"]),
    # …but a base opened by its scope is a label (round 16c: blind2, 8, 14, 15 and 17 annotate none)
    ("打造全国重要的光伏产业基地。", []),
])
def test_industries_in_irregular_lists(nlp, text, names):
    _, records = extract(nlp, text)
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


@pytest.mark.parametrize("text", [
    "全市工业产业集群发展加快,以科学规划为重点,大力发展综合孵化器。",
    "密切配合、全力支持全市产业集群发展。",  # a verb phrase and a place before the cue
    "要以此为基础,壮大产业集群,拉长产业链条。",
    "大力发展循环经济、低碳经济。",  # economic modes, not industries
    "10.积极发展现代服务业。",  # a task heading: 积极发展 names industries only in a list
    "用于工业及产业集群的发展。",
    "将特色产业打造成创新型优势产业。",  # a kind of industry (…型), not one
    "重点发展区域为东部新城:一是滨江片区;二是南部新区。",  # an enumeration of places, not industries
    "积极培育壮大新兴产业。",
    "武汉国家生物产业基地全年实现收入820亿元。",  # 产业基地 in a zone's name, not after a verb that builds
])
def test_industry_decoys(nlp, text):
    _, records = extract(nlp, text)
    assert of(records, "industry") == []


def test_attribution_by_sentence_section_and_collective(nlp):
    text = ("第一篇:南阳高新技术产业集聚区调研报告\n"
            "2010年融资3.1793亿元。\n"
            "温岭市东部产业集聚区规划面积17平方公里。\n"
            "全市产业集聚区完成投资130亿元。\n")
    _, records = extract(nlp, text)
    zone_of = {r["text"]: r["zone"] for r in records if r["type"] != "zone"}
    assert zone_of["3.1793亿元"] == "南阳高新技术产业集聚区"  # the section's zone
    assert zone_of["17平方公里"] == "温岭市东部产业集聚区"  # the one zone in its sentence
    assert zone_of["130亿元"] is None  # many zones at once


def test_fields_survive_token_splitting(nlp):
    # 开发区内 is one jieba word 区内 away from the zone's end: adding the zone splits a token after the
    # money fact already exists, which must keep its fields.
    doc, records = extract(nlp, "投资3亿元建设南阳高新技术产业开发区内的道路。")
    [money] = of(records, "money")
    assert money["value"] == 3e8 and money["category"] == "investment"
    for r in records:
        assert doc.text[r["start"]:r["end"]] == r["text"]


def test_a_year_heading_dates_its_section_and_a_goal_list_shares_its_goal(nlp):
    text = ("——2016年2月26日在大会上\n一、2015年工作回顾\n全年实现地区生产总值486.4亿元。争取上级专项资金1.35亿元。\n"
            "二、2016年主要目标\n主要预期目标是:地区生产总值增长10%左右,达到535亿元;完成固定资产投资370亿元以上;"
            "规模以上工业总产值突破2000亿元;新增高新技术企业15家;城镇新增就业1.2万人。\n"
            "三、重点工作\n确保8个项目竣工。推进配套项目建设,项目占地1200亩,总投资65亿元。\n")
    _, records = extract(nlp, text)
    money = {r["text"]: (r["target"], r["year"]) for r in of(records, "money")}
    assert money == {"486.4亿元": (False, 2015), "1.35亿元": (False, 2015), "535亿元": (True, 2016),
                     "370亿元以上": (True, 2016), "突破2000亿元": (True, 2016), "65亿元": (False, None)}
    targets = {(t["value"], t["unit"], t["year"]) for t in of(records, "target")}
    assert {(10, "percent", 2016), (15, "count", 2016), (12000, "people", 2016)} <= targets
    assert not any(t["unit"] == "km2" for t in of(records, "target"))  # 项目占地1200亩: what a project is


def test_clauses_of_a_goal_list_with_their_own_time_and_parts_of_a_planned_amount(nlp):
    text = ("发布时间:2019-07-16\n下半年要确保全年地区生产总值增长7%以上;全年新签约超亿元项目60个以上,其中超10亿元项目不少于12个;"
            "新增高新技术企业100家。\n计划总投资三百六十亿元,其中基础设施项目总投资四十五亿元。"
            "项目计划总投资9.87亿元,其中超亿元项目3个。")
    _, records = extract(nlp, text)
    targets = {(t["value"], t["unit"], t["year"]) for t in of(records, "target")}
    assert {(60, "count", 2019), (12, "count", 2019), (100, "count", 2019), (4.5e9, "CNY", None)} <= targets
    assert not any(t["value"] == 3 for t in of(records, "target"))
    money = {r["text"]: r["target"] for r in of(records, "money")}
    assert money["四十五亿元"] and not money["超亿元"]


def test_percents_in_words_and_a_baseline_year(nlp):
    text = "到“十三五”期末,工业总产值力争年均增长百分之十八以上;单位工业增加值能耗比2013年下降百分之五。去年同比增长百分之二十三点五。"
    _, records = extract(nlp, text)
    assert [(t["text"], t["value"], t["unit"], t["year"]) for t in of(records, "target")] == [
        ("年均增长百分之十八以上", 18, "percent", 2020), ("单位工业增加值能耗比2013年下降百分之五", 5, "percent", 2020)]


def test_bracketed_names_defined_short_forms_sub_parks_and_bare_kaifaqu_short_forms(nlp):
    text = ("中山(河源)产业转移工业园(以下简称“中河园”)于2008年设立。到2015年,中河园工业总产值达到五百亿元。"
            "昆山高新区机器人产业园二期将于年内竣工。加强与昆山经济技术开发区、昆山开发区的协作。"
            "金山产业集聚区和鹤淇产业集聚区。沁北物流园区公路物流港项目协议已经草拟。")
    _, records = extract(nlp, text)
    zones = zones_of(records)
    assert zones["中山(河源)产业转移工业园"] == ["中河园"]
    assert zones["昆山经济技术开发区"] == ["昆山开发区"]
    assert {"昆山高新区机器人产业园", "金山产业集聚区", "鹤淇产业集聚区", "沁北物流园区"} <= set(zones)
    [money] = of(records, "money")
    assert money["zone"] == "中山(河源)产业转移工业园"


@pytest.mark.parametrize("text, names", [
    # A province's short form is part of such names; written in full with 省 it only locates the zone.
    ("山西晋城经济开发区今年完成投资12亿元。", ["山西晋城经济开发区"]),
    ("河北省唐山高新技术产业开发区规划面积10平方公里。", ["唐山高新技术产业开发区"]),
    ("漳州台商投资区引进项目20个。", ["漳州台商投资区"]),
    # a word jieba tags as a time word inside a park's name
    ("仲恺高新区将建设仲恺港澳青年创业孵化园。", ["仲恺高新区", "仲恺港澳青年创业孵化园"]),
])
def test_zone_names_keep_a_province_short_form_and_know_taishang_zones(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def money_by_text(records):
    return {r["text"]: (r["target"], r["year"]) for r in of(records, "money")}


def test_a_plan_period_or_deadline_before_the_reports_year_dates_a_result(nlp):
    text = ("合肥高新区发展规划(摘要)\n合肥高新区管委会 2021年6月\n"
            "“十三五”时期,全区地区生产总值由2015年的五百八十亿元增加到2020年的一千一百六十亿元,年均增长百分之十四点八;"
            "规模以上工业总产值突破2000亿元;高新技术企业由586家增至1560家。“十三五”期间新增供地9600亩。\n"
            "到2025年,地区生产总值力争达到二千五百亿元。")
    _, records = extract(nlp, text)
    money = money_by_text(records)
    assert money["一千一百六十亿元"] == (False, 2020) and money["突破2000亿元"] == (False, 2020)
    assert money["二千五百亿元"] == (True, 2025)  # the decoy: a deadline after the report's year is a goal
    assert [(t["value"], t["year"]) for t in of(records, "target")] == [(2.5e11, 2025)]
    [area] = of(records, "area")
    assert (area["target"], area["year"]) == (False, 2020)


def test_a_future_deadline_outlasts_a_cumulative_word(nlp):
    text = ("合肥高新区管委会 2021年6月\n到2023年,累计完成固定资产投资一千一百亿元,新建标准化厂房和研发用房三百万平方米。"
            "截至2020年底,累计完成投资八百亿元。")
    _, records = extract(nlp, text)
    assert money_by_text(records) == {"一千一百亿元": (True, 2023), "八百亿元": (False, 2020)}
    assert {(t["unit"], t["year"]) for t in of(records, "target")} == {("CNY", 2023), ("km2", 2023)}


@pytest.mark.parametrize("text", [
    "到2020年,培育营业收入超千亿元的开发区3家。新入区工业项目投资强度原则上不低于300万元/亩,亩均税收不低于15万元。",
    "二、2014年工作安排\n四是强化土地集约利用,新入区工业项目投资强度不低于300万元/亩;",
    "新供工业用地投资强度原则上不低于每亩四百万元。",
])
def test_an_entry_standard_per_land_is_money_but_no_goal_and_no_year(nlp, text):
    _, records = extract(nlp, text)
    standards = [r for r in of(records, "money") if r["value"] in (3e6, 1.5e5, 4e6)]
    assert standards and all((r["target"], r["year"]) == (False, None) for r in standards)
    assert not [t for t in of(records, "target") if t["value"] in (3e6, 1.5e5, 4e6)]


def test_a_per_land_figure_with_its_own_deadline_or_year_is_not_a_standard(nlp):
    _, records = extract(nlp, "到2015年,工业用地投资强度不低于300万元/亩。2018年亩均税收达到28.6万元。")
    assert money_by_text(records) == {"不低于300万元": (True, 2015), "28.6万元": (False, 2018)}


def test_a_goal_section_and_its_list_share_the_deadline_of_its_lead(nlp):
    text = ("合肥高新区管委会 2021年6月\n三、发展目标\n到2025年,合肥高新区综合实力进入全国高新区第一方阵。主要目标是:\n"
            "——经济实力。地区生产总值力争达到二千五百亿元;规模以上工业总产值突破四千亿元。\n"
            "——创新能力。高新技术企业数量达到3500家以上;研发经费投入占地区生产总值比重不低于百分之十三;"
            "新增上市企业20—30家。\n\n四、空间布局\n合肥集成电路产业园已入驻企业120家,完成投资80亿元。")
    _, records = extract(nlp, text)
    targets = {(t["value"], t["unit"], t["year"]) for t in of(records, "target")}
    assert targets == {(2.5e11, "CNY", 2025), (4e11, "CNY", 2025), (3500, "count", 2025), (13, "percent", 2025),
                       (20, "count", 2025)}
    assert money_by_text(records)["80亿元"] == (False, None)  # after the goal section: a result


def test_a_list_introduced_by_a_colon_line_takes_its_year(nlp):
    text = ("按考核总分排序,前七位开发区2018年主要指标如下(地区生产总值、规划面积):\n"
            "1.山东莱西经济开发区:地区生产总值386.2亿元,规划面积2350公顷。\n"
            "2.山东平度经济开发区:地区生产总值352.8亿元,规划面积31.8平方公里,其中建成区面积14.2平方公里。\n\n"
            "全省开发区实现税收1126亿元。")
    _, records = extract(nlp, text)
    assert money_by_text(records) == {"386.2亿元": (False, 2018), "352.8亿元": (False, 2018), "1126亿元": (False, None)}
    assert all(a["year"] is None for a in of(records, "area"))  # a zone's planned and built area is not dated


def test_the_whole_year_is_the_year_spoken_of_and_this_year_the_reports(nlp):
    text = ("山东省商务厅关于2018年度全省省级经济开发区综合发展水平考核评价结果的通报\n2019年4月12日\n"
            "邹城经开区全年新开工亿元以上项目37个,总投资216亿元。商河经开区今年计划完成投资30亿元。")
    _, records = extract(nlp, text)
    money = money_by_text(records)
    assert money["216亿元"] == (False, 2018) and money["30亿元"] == (True, 2019)
    by_text = {r["text"]: r for r in of(records, "money")}
    assert by_text["亿元以上"]["category"] == "investment"  # the bar of a count of projects


@pytest.mark.parametrize("text, year", [
    ("发布时间:2019-07-16\n上半年,全区新签约项目57个,总投资312亿元。", 2019),
    ("发布时间:2019-07-16\n在6月举行的重大项目集中签约活动中,总投资128亿元。", 2019),
    ("海峡经贸报 2008年11月20日\n1至10月,全区实现工业总产值187.5亿元。", 2008),
    ("海峡经贸报 2008年11月20日\n2007年1-10月份,全区实现工业总产值150亿元。", 2007),  # a year of its own
    ("合肥高新区发展规划(摘要)\n合肥高新区管委会 2021年6月\n今年完成投资5亿元。", 2021),  # a byline's month
])
def test_part_of_a_year_is_the_reports_year_unless_it_names_its_own(nlp, text, year):
    _, records = extract(nlp, text)
    assert [r["year"] for r in of(records, "money")] == [year]


def test_a_founding_year_does_not_date_the_figures_after_it(nlp):
    _, records = extract(nlp, "仲恺高新区于1992年经国务院批准设立,规划面积83.6平方公里,其中已建成面积约42平方公里。"
                              "该项目于2009年完成投资5亿元。")
    assert [a["year"] for a in of(records, "area")] == [None, None]
    assert money_by_text(records) == {"5亿元": (False, 2009)}


def test_a_sentence_starting_with_qizhong_is_a_part_of_the_one_before(nlp):
    _, records = extract(nlp, "海峡经贸报 2008年11月20日\n今年1至10月,该区新批台资项目42个,合同利用台资3.6亿美元。"
                              "其中,投资额超千万美元的项目9个,亿元以上内资项目6个。")
    assert {r["year"] for r in of(records, "money")} == {2008}


def test_a_project_described_after_a_goal_does_not_take_its_deadline(nlp):
    text = ("合肥集成电路产业园规划面积12平方公里,力争到2025年集成电路产业产值突破八百亿元。"
            "合肥量子科技产业园规划用地3200亩,计划总投资一百五十亿元,建成后可容纳科研和产业人员1.2万人。")
    _, records = extract(nlp, text)
    assert money_by_text(records) == {"突破八百亿元": (True, 2025), "一百五十亿元": (True, None)}
    assert {(t["value"], t["year"]) for t in of(records, "target")} == {(8e10, 2025), (1.5e10, None), (12000, None)}


def test_a_share_of_the_plan_and_a_fund_after_a_bound(nlp):
    text = ("该区今年计划完成固定资产投资45亿元,目前已完成38.6亿元,占全年计划的85.8%。"
            "“十四五”期间,每年安排不少于二十亿元的产业发展专项资金。到2020年,形成1个主营业务收入超100亿元的产业集聚区。")
    _, records = extract(nlp, text)
    targets = {(t["value"], t["unit"]) for t in of(records, "target")}
    assert (85.8, "percent") not in targets  # how much of the plan is done: a result
    assert (2e9, "CNY") in targets  # the amount of a fund
    assert (1e10, "CNY") not in targets and (1, "count") in targets  # the bar of what is counted


def test_parks_named_after_a_locality_with_national_in_the_name_and_a_bracketed_nickname(nlp):
    text = ("武汉国家生物产业基地(光谷生物城)全年实现收入820亿元。光谷生物城新引进企业146家。"
            "光谷软件园新增软件企业68家。南阳国家高新区与南阳高新技术产业开发区合作。")
    _, records = extract(nlp, text)
    zones = zones_of(records)
    assert zones == {"武汉国家生物产业基地": ["光谷生物城"], "光谷软件园": [],
                     "南阳高新技术产业开发区": ["南阳国家高新区"]}
    assert {m["text"]: m["zone"] for m in of(records, "money")} == {"820亿元": "武汉国家生物产业基地"}


@pytest.mark.parametrize("text", [
    "建设国家生物产业基地,发展软件园。",  # 国家 opening a name is an honour; a bare suffix is no name
    "南阳高新技术产业集聚区(北区)规划面积9.2平方公里。",  # a part of a zone in brackets is not its other name
    "南阳高新技术产业集聚区(宛城区)管辖面积23平方公里。",  # nor a district
    "*产业集聚区完成投资5亿元。",  # a censored name that no name elsewhere spells out
    "南阳高新区规划分区方案已完成。",  # 规划 is no qualifier: 分区 is a common word here
])
def test_zone_decoys_around_nicknames_parts_and_censored_names(nlp, text):
    zones = zones_of(extract(nlp, text)[1])
    assert set(zones) <= {"南阳高新技术产业集聚区", "南阳高新区"} and not any(zones.values())


def test_a_censored_short_form_is_the_censored_sub_zone_and_gives_its_section(nlp):
    text = ("安阳市高新技术产业集聚区是河南省首批重点产业集聚区之一。\n"
            "二、*产业集聚区现状\n"
            "集聚区新建办公楼及展厅共投资1300万元。\n"
            "规划中的安阳高新技术产业集聚区*分区将具备完善的城市功能。\n")
    _, records = extract(nlp, text)
    zones = zones_of(records)
    assert zones["安阳高新技术产业集聚区*分区"] == ["*产业集聚区"]
    assert [m["zone"] for m in of(records, "money")] == ["安阳高新技术产业集聚区*分区"]


def test_a_sub_zone_named_after_its_zone(nlp):
    # a 经开区's 片区 is a part of it (no annotated set takes one for a zone; seven were false): round 26a
    _, records = extract(nlp, "郑州经济技术开发区滨河片区规划面积12平方公里。")
    assert [z["name"] for z in of(records, "zone")] == ["郑州经济技术开发区"]


def test_attribution_by_clause_when_a_sentence_names_two_zones(nlp):
    text = ("河源高新区以电子信息、机械模具为支柱产业,深圳(河源)产业转移工业园重点发展食品饮料和生物医药。"
            "两区计划到2020年规模以上工业总产值合计突破5000亿元,其中河源高新区力争达到3000亿元。")
    _, records = extract(nlp, text)
    zone_of = {r.get("name") or r["text"]: r["zone"] for r in records if r["type"] != "zone"}
    assert zone_of["机械模具"] == "河源高新区" and zone_of["食品饮料"] == "深圳(河源)产业转移工业园"
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    assert money["突破5000亿元"] is None  # 两区: the two zones together
    assert money["3000亿元"] == "河源高新区"


def test_attribution_across_semicolons_back_to_a_park_word_and_past_asides(nlp):
    def money_zones(text):
        return {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}

    # the zone its sentence named before a semicolon
    assert money_zones("山东邹城经济开发区综合排名较上年提升23位;全年新开工项目37个,总投资216亿元。") == {
        "216亿元": "山东邹城经济开发区"}
    # 园区 points back to the park named last in its paragraph; 投资区 to no park, so to the document's zone
    text = ("漳州台商投资区规划面积156平方公里。漳州台商投资区今年新批项目42个。\n"
            "作为投资区的主要载体,角美工业园区规划面积12.8平方公里。园区对新入园项目提出投资强度不低于200万元/亩的要求。"
            "投资区现场签约台资项目15个,总投资2.8亿美元。\n")
    assert money_zones(text) == {"不低于200万元": "角美工业园区", "2.8亿美元": "漳州台商投资区"}
    # a park only in a bracketed list of projects, or a phase of a park being built, is not the sentence's zone
    text = ("南阳高新技术产业集聚区规划面积9.2平方公里。南阳高新技术产业集聚区位于南阳市。\n"
            "共完成签约项目15个(华阳光电、台湾产业园),项目计划总投资达到28亿元。"
            "南阳高新区光电产业园二期总投资22亿元。\n")
    assert money_zones(text) == {"28亿元": "南阳高新技术产业集聚区", "22亿元": "南阳高新技术产业集聚区"}


@pytest.mark.parametrize("text", [
    "我市产业集聚区“一区两园”规划调整方案获批,沁阳市产业集聚区规划面积23.8平方公里。",
    "按照“一园三区”布局,沁阳市产业集聚区规划面积23.8平方公里。",
])
def test_a_layout_phrase_is_not_several_zones(nlp, text):
    _, records = extract(nlp, text)
    assert [a["zone"] for a in of(records, "area")] == ["沁阳市产业集聚区"]


def test_a_planned_area_is_a_goal_only_by_its_own_sentence(nlp):
    text = ("三、主要目标\n到2025年,园区营业收入达到600亿元。园区规划面积12.6平方公里,2024年底前完成剩余3000亩土地的征收。"
            "到2025年规划面积扩大到20平方公里。")
    _, records = extract(nlp, text)
    areas = {r["text"]: (r["target"], r["year"]) for r in of(records, "area")}
    assert areas["12.6平方公里"] == (False, None)  # what the zone is, not the section's goal
    assert areas["20平方公里"] == (True, 2025)
    assert areas["3000亩"] == (True, 2024)


def test_a_standard_after_reaching_production_stays_a_standard(nlp):
    _, records = extract(nlp, "项目达产后亩均年主营业务收入不低于300万元,亩均年税收不低于十万元。项目达产后年销售收入12亿元。")
    money = money_by_text(records)
    assert money["不低于300万元"] == (False, None) and money["不低于十万元"] == (False, None)
    assert money["12亿元"][0] is True  # the decoy: a projection that is no standard per land
    assert [t["value"] for t in of(records, "target")] == [1.2e9]


def test_a_goal_word_after_yi_is_done(nlp):
    _, records = extract(nlp, "县府已争取中央补助10.5亿元。县府正争取中央补助2亿元。")
    assert {r["value"]: r["target"] for r in of(records, "money")} == {1.05e9: False, 2e8: True}


def test_a_years_work_plan_section_and_its_sub_sections_state_goals(nlp):
    text = ("政府工作报告\n——2019年1月21日\n一、2018年工作回顾\n开发区全年新征收土地3200亩,新引进项目17个。\n"
            "二、2019年工作安排\n(四)推动开发区高质量发展\n开发区今年新建标准化厂房30万平方米,创建省级绿色园区2个。"
            "市财政安排开发区发展专项资金1.5亿元;对引进的世界500强企业,给予最高1000万元的一次性落户奖励。"
            "推动总投资120亿元的汽车项目年内建成投产。")
    _, records = extract(nlp, text)
    targets = {(t["value"], t["unit"], t["year"]) for t in of(records, "target")}
    # not the review's 3200亩 or 17个; the allocation among the year's tasks is a goal (GUIDE, round 22g)
    assert targets == {(0.3, "km2", 2019), (2, "count", 2019), (1.5e8, "CNY", 2019)}
    money = money_by_text(records)
    assert money["1.5亿元"][0] and not money["1000万元"][0] and not money["120亿元"][0]


def test_a_goal_takes_the_deadline_stated_after_it_and_a_span_of_years_from_the_report(nlp):
    text = ("2018-03-12\n管理局预计投入新台币120亿元进行公共工程,2020年底前完成土地开发。"
            "未来三年将投入新台币20亿元建置物联网。三年内新建光伏装机容量100兆瓦。近三年累计投入50亿元。")
    _, records = extract(nlp, text)
    money = money_by_text(records)
    # the spans count from the report's date: the sentence before ends on its deadline, the paragraph does not open
    # with it (GUIDE, settled in round 29g; this test had 2020 before round 42a)
    assert money["新台币120亿元"] == (True, 2020) and money["新台币20亿元"] == (True, 2021)
    assert money["50亿元"][0] is False  # 近三年 looks back
    assert (100, "other", 2021) in {(t["value"], t["unit"], t["year"]) for t in of(records, "target")}
    assert {r["currency"] for r in of(records, "money")} == {"TWD"}  # a 新台币 text: bare 元 is TWD


# Round 2 of zones, industries and attribution (tuned on tests/fixtures/blind2): Taiwan parks and industry words,
# places jieba tags as verbs, 及 in lists, paragraphs headed by a zone, 分别.

@pytest.mark.parametrize("text, names", [
    # a place name stays a place when jieba tags it as a verb (临澧县, 上栗)
    ("汉寿高新技术产业园区、临澧县工业集中区上半年工业总产值分别增长13.5%和12.1%。",
     {"汉寿高新技术产业园区": [], "临澧县工业集中区": []}),
    ("(六)江西上栗工业园区。", {"江西上栗工业园区": []}),
    # a former name in brackets is an alias
    ("(三)江西丰城高新技术产业园区(原江西丰城工业园区)。", {"江西丰城高新技术产业园区": ["江西丰城工业园区"]}),
    # Taiwan: 园区 after a place names a park; a region word with a qualifier leads a name
    ("其中台南园区贡献6,982亿元,高雄园区为1,328亿元。", {"台南园区": [], "高雄园区": []}),
    ("中部科学工业园区去年营业额为新台币6,114亿元,较南科略低。", {"中部科学工业园区": []}),
    ("由于竹科宜兰园区、竹南园区用地已近饱和。", {"宜兰园区": [], "竹南园区": []}),
])
def test_zones_named_by_places_jieba_mistags_taiwan_parks_and_former_names(nlp, text, names):
    assert zones_of(extract(nlp, text)[1]) == names


@pytest.mark.parametrize("text", [
    "建成全国一流的钛及钛合金产业基地。",  # a base with no place of its own is a goal, not a zone
    "资溪工业园区要建成全国重要的竹产业基地。",
    "加快建设再生资源园区和产业合作园区。",  # 资源, 合作 are region names that are common words
    "全市园区完成规模工业总产值1126.4亿元。",
    "三大科学园区去年营业额合计2兆4,655亿元。",
])
def test_zone_decoys_bases_without_a_place_and_common_words_before_yuanqu(nlp, text):
    zones = zones_of(extract(nlp, text)[1])
    assert set(zones) <= {"资溪工业园区"}


def test_a_science_parks_short_form_attributes_its_facts(nlp):
    text = ("科技部南部科学工业园区管理局昨日公布营运成绩。\n"
            "南科去年营业额达新台币8,310亿元。中科院今年投入经费12亿元。")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"南部科学工业园区": ["南科"]}  # 中科院 is not 中科
    assert {m["value"]: m["zone"] for m in of(records, "money")}[831_000_000_000] == "南部科学工业园区"


@pytest.mark.parametrize("text, names", [
    ("确立了烟草及配套、装备制造、生物医药三大主导产业。", {"烟草及配套", "装备制造", "生物医药"}),
    ("园区加快布局新能源汽车零部件和智能制造两个新兴产业。", {"新能源汽车零部件", "智能制造"}),
    ("以铝材精深加工和农产品加工为主导产业。", {"铝材精深加工", "农产品加工"}),
    ("以电瓷和花炮原辅材料为主导产业。", {"电瓷", "花炮原辅材料"}),
    ("构建以再生资源循环利用、新能源电池材料为主导产业,电子信息、医药食品为特色产业的现代产业体系,"
     "形成再生金属、动力电池材料两个产值百亿元以上的产业集群。",
     {"再生资源循环利用", "新能源电池材料", "电子信息", "医药食品", "再生金属", "动力电池材料"}),
    # Taiwan: 主轴, 重点发展 with 及 ending a list, 产业聚落, 以…为发展重点, 锁定
    ("南科将持续以积体电路、光电为主轴,并重点发展精密机械、生技医疗器材及绿色能源等产业,"
     "打造半导体先进制程与智慧精密机械两大产业聚落。",
     {"积体电路", "光电", "精密机械", "生技医疗器材", "绿色能源", "半导体先进制程", "智慧精密机械"}),
    ("高雄园区将以精密机械、生技医材及通讯产业为发展重点。", {"精密机械", "生技医材", "通讯"}),
    ("屏东园区锁定智慧机械、医材及农业科技等产业。", {"智慧机械", "医材", "农业科技"}),
    ("就产业别来看,积体电路产业仍是南科最大的支柱产业。", {"积体电路"}),
    # 及 joining one industry: known, a dependent word after it, or a count that matches the list as it stands
    ("高新区聚焦钛及钛合金、汽车及零部件、高端装备三大主导产业。", {"钛及钛合金", "汽车及零部件", "高端装备"}),
    ("重点培育机器人及智能制造、小核酸及生物医药两大产业集群。", {"机器人及智能制造", "小核酸及生物医药"}),
])
def test_industry_lists_round_two(nlp, text, names):
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == names


@pytest.mark.parametrize("text", [
    "精密机械、生物技术与绿能等产业也稳定成长。",  # only growing: no cue
    "园区以项目建设为重点,以招商引资为抓手。",  # 以…为重点 with tasks, not industries
    "引进金属材料及智慧机械业者。",
])
def test_industry_decoys_round_two(nlp, text):
    assert of(extract(nlp, text)[1], "industry") == []


def test_one_industry_per_zone_with_its_first_role_and_short_forms_of_joined_names(nlp):
    # GUIDE (2026-12-07): a name given several roles for one zone keeps its first mention's role and text
    text = ("蔡家坡经济技术开发区全年生产整车13.6万辆,汽车及零部件产业集群产值达到510亿元。"
            "蔡家坡经济技术开发区围绕汽车及零部件、通用航空两大主导产业延链补链,汽车产业集群产值突破650亿元。")
    industries = [(r["name"], r["role"], r["text"], r["start"]) for r in of(extract(nlp, text)[1], "industry")]
    assert {(name, role) for name, role, _, _ in industries} == {("汽车及零部件", "cluster"), ("通用航空", "leading")}
    assert [start for name, _, _, start in industries if name == "汽车及零部件"] == [text.index("汽车及零部件")]


def test_attribution_respectively_by_list_item_and_clause_subject(nlp):
    def money_zones(text):
        return {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}

    assert money_zones("眉县常兴工业园区、扶风绛帐食品工业园分别完成投资41.2亿元和28.6亿元。"
                       "两个园区全年分别实现税收3.6亿元和2.9亿元。") == {
        "41.2亿元": "眉县常兴工业园区", "28.6亿元": "扶风绛帐食品工业园",
        "3.6亿元": "眉县常兴工业园区", "2.9亿元": "扶风绛帐食品工业园"}
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, "包括台南园区1,043公顷、高雄园区570公顷。")[1], "area")}
    assert areas == {"1,043公顷": "台南园区", "570公顷": "高雄园区"}
    # a clause naming no zone speaks of the zone that is the subject of the clause before it
    text = "二林园区规划面积631公顷,将转型以精密机械、绿能及生技产业为重点,虎尾园区则持续发展生医及光电产业。"
    zone_of = {r["name"]: r["zone"] for r in of(extract(nlp, text)[1], "industry")}
    assert zone_of == {"精密机械": "二林园区", "绿能": "二林园区", "生技": "二林园区",
                       "生医": "虎尾园区", "光电": "虎尾园区"}
    # …but not of a zone that is the object of a verb (加快…产业园建设)
    text = ("做强宝鸡高新区。支持高新区创建国家自主创新示范区,加快蟠龙智能制造产业园建设,"
            "今年力争营业总收入突破2000亿元;到明年,高新区规模以上工业总产值力争达到1500亿元。")
    assert set(money_zones(text).values()) == {"宝鸡高新区"}


def test_attribution_by_paragraph_heading_and_numbered_sections(nlp):
    text = ("江西省人民政府办公厅关于公布新认定省级工业园区的通知\n"
            "近年来,全省94个省级以上工业园区实现主营业务收入一万四千二百亿元。全省各园区新增建设用地12.6万亩。\n"
            "各园区要加快标准厂房建设。\n"
            "(一)江西安义工业园区。位于南昌市安义县城东部,规划面积680公顷。主导产业为铝型材加工和机电制造。\n"
            "(二)江西宁都工业园区。位于赣州市宁都县梅江镇,规划面积600公顷。主导产业为轻纺服装和食品加工。\n")
    _, records = extract(nlp, text)
    zone_of = {r.get("name") or r["text"]: r["zone"] for r in records if r["type"] in ("area", "industry")}
    assert zone_of["680公顷"] == "江西安义工业园区" and zone_of["机电制造"] == "江西安义工业园区"
    assert zone_of["600公顷"] == "江西宁都工业园区" and zone_of["食品加工"] == "江西宁都工业园区"
    # a numbered heading naming no zone ends the part of the one a numbered heading named
    text = ("梧州高新技术产业开发区三年行动方案\n梧州高新区规划面积68.5平方公里。\n"
            "(二)建设西江临港物流园\n加快西江临港物流园建设,规划用地1800亩。\n"
            "(三)深化开放合作\n到2025年园区外贸进出口总额达到80亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money == {"80亿元": "梧州高新技术产业开发区"}


def test_a_rank_among_many_zones_is_not_many_zones_at_once(nlp):
    text = "宝鸡高新区龙头地位更加巩固。高新区全年实现营业总收入1850亿元,成为全省第二个千亿级开发区。"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["宝鸡高新区"]


@pytest.mark.parametrize("text, year", [
    ("贵州省人民政府关于加快工业园区建设发展的意见\n\n黔府发〔2010〕27号\n\n正文。\n\n贵州省人民政府\n二〇一〇年六月十二日\n\n(此件公开发布)\n", 2010),
    ("关于2024年工作情况和2025年工作安排的报告\n正文。\n\n包头稀土高新技术产业开发区管理委员会\n2024年12月18日\n", 2024),
    ("关于公布省级工业园区名单的通知\n正文。\n抄送:省委办公厅。\n江西省人民政府办公厅秘书处2012年6月19日印发\n", 2012),
    # decoys: a date inside a sentence at the end, and the signature of the last of several articles
    ("某某报告\n" + "正文。" * 700 + "\n2014年6月6日,在原中国人民大学校长逝世一周年之际,举行座谈会。", None),
    ("第一篇:甲产业集聚区简介\n正文。\n第二篇:乙产业集聚区答复\n正文。\n乙产业集聚区管委会\n二〇一一年五月八日", None),
])
def test_a_document_is_dated_by_the_signature_that_closes_it(text, year):
    from extractors.context import document_year

    assert document_year(text) == year


def test_next_and_last_year_count_from_the_reports_date_and_that_year_only_points_back(nlp):
    text = ("关于2024年工作情况和2025年工作安排的报告\n一、2024年主要指标完成情况\n全区实现地区生产总值486.2亿元。\n"
            "五、2025年主要目标\n明年,全区力争实现地区生产总值530亿元,增长8%左右。\n"
            "六、保障措施\n当年新建标准厂房面积超过5万平方米的园区,再给予每平方米30元的奖励。\n\n"
            "包头稀土高新技术产业开发区管理委员会\n2024年12月18日\n")
    _, records = extract(nlp, text)
    money = money_by_text(records)
    assert money["486.2亿元"] == (False, 2024) and money["530亿元"] == (True, 2025)
    assert money["30元"][1] is None  # 当年 of a rule: any year
    assert {(t["value"], t["unit"], t["year"]) for t in of(records, "target")} == {(5.3e10, "CNY", 2025),
                                                                                 (8, "percent", 2025)}


def test_a_carried_deadline_outlasts_a_cumulative_sum_and_an_event_starts_its_own_span(nlp):
    text = ("贵州省人民政府关于加快工业园区建设发展的意见\n"
            "(二)发展目标。到\"十二五\"末,全省工业园区实现工业总产值1.2万亿元;园区固定资产投资累计完成四千五百亿元;"
            "形成工业总产值超千亿元的园区2个。\n"
            "(三)税费优惠。园区内新办的工业企业,自投产年度起三年内缴纳的企业所得税地方分享部分,由同级财政给予全额奖励;"
            "园区内企业缴纳的城市基础设施配套费,按不高于百分之五十的比例减征。\n\n贵州省人民政府\n二〇一〇年六月十二日\n")
    _, records = extract(nlp, text)
    assert {(t["value"], t["unit"], t["year"]) for t in of(records, "target")} == {
        (1.2e12, "CNY", 2015), (4.5e11, "CNY", 2015), (2, "count", 2015)}  # not the 50% of a rule


def test_a_section_headed_by_results_is_a_review_even_of_the_reports_own_year(nlp):
    text = ("关于2024年工作情况和2025年工作安排的报告\n一、2024年主要指标完成情况\n"
            "全年为企业争取各类政策资金4.3亿元,办理留抵退税6.8亿元。\n"
            "二、2025年主要目标\n全年争取发行专项债券15亿元。\n\n管理委员会\n2024年12月18日\n")
    _, records = extract(nlp, text)
    assert money_by_text(records) == {"4.3亿元": (False, 2024), "6.8亿元": (False, 2024), "15亿元": (True, 2025)}


def test_where_a_change_starts_is_no_goal(nlp):
    text = ("2021年政府工作报告\n“十四五”期间,规划面积由现有的62平方公里拓展到100平方公里左右。"
            "规划面积由现在的39平方公里调整为73平方公里。今年就业人数也将由去年底的7万3,200人增加到7万6,000人以上。"
            "到2025年,产值由150亿元提高到300亿元。")
    _, records = extract(nlp, text)
    areas = {r["text"]: (r["target"], r["year"]) for r in of(records, "area")}
    assert areas["62平方公里"] == (False, None) and areas["39平方公里"] == (False, None)
    assert areas["100平方公里左右"] == (True, 2025)
    # the new size of a planned area a change still to come gives (由现在的…调整为73平方公里) is a goal of its own
    assert {(t["value"], t["unit"]) for t in of(records, "target")} == {(100, "km2"), (73, "km2"), (3e10, "CNY")}


def test_two_counts_joined_by_he_each_count_their_own_thing(nlp):
    _, records = extract(nlp, "到2025年,建成1个千亿级和3个百亿级产业集群。")
    assert sorted((t["value"], t["metric"]) for t in of(records, "target")) == [(1, "千亿级"), (3, "百亿级产业集群")]


def test_the_bar_of_counted_projects_is_no_goal_amount(nlp):
    _, records = extract(nlp, "2010年,全省力争新开工亿元以上工业项目100个;新开工五亿元以上产业项目16个。")
    assert {(t["value"], t["unit"]) for t in of(records, "target")} == {(100, "count"), (16, "count")}
    assert {r["value"] for r in of(records, "money")} == {1e8, 5e8}


def test_a_years_main_work_section_states_goals_but_not_its_rules(nlp):
    text = ("重庆市万州区2021年政府工作报告\n——2021年1月26日\n一、2020年工作回顾\n全区新增市场主体1.1万户。\n"
            "三、2021年主要工作\n(四)持续优化营商环境。全年新增市场主体1.2万户;企业开办时间压缩至1个工作日。"
            "周边3.6万亩高标准农田纳入生态保护范围,不得擅自占用。\n")
    _, records = extract(nlp, text)
    assert {(t["value"], t["unit"], t["year"], t["metric"]) for t in of(records, "target")} == {
        (12000, "count", 2021, "市场主体"), (1, "other", 2021, "企业开办时间")}
    assert [(a["target"], a["year"]) for a in of(records, "area")] == [(False, None)]


@pytest.mark.parametrize("text, unit", [
    ("到2020年,整车产量力争达到18万辆。", "count"),  # vehicles are things: a count (GUIDE.md)
    ("到2020年,月产能力争达到10万片晶圆。", "count"),
    ("到2020年,生产能力力争达到240万吨。", "other"),  # a physical quantity
])
def test_production_quantities_of_things_are_counts(nlp, text, unit):
    [target] = of(extract(nlp, text)[1], "target")
    assert target["unit"] == unit


def test_a_years_plan_reaches_the_clauses_that_list_its_figures_and_a_stated_goal_counts(nlp):
    text = ("2017-03-15\n今年横琴计划完成固定资产投资620亿元,地区生产总值增长20%以上,新增注册企业1万家。"
            "今年新区的目标是新增澳资企业300家。"
            "今年计划完成投资24亿元,已建成项目5个,在建项目9个。项目计划总投资9.87亿元,其中超亿元项目3个。")
    _, records = extract(nlp, text)
    assert {(t["value"], t["unit"], t["year"]) for t in of(records, "target")} == {
        (6.2e10, "CNY", 2017), (20, "percent", 2017), (10000, "count", 2017), (300, "count", 2017),
        (2.4e9, "CNY", 2017), (9.87e8, "CNY", None)}


# Round three of zones, industries and attribution (tuned on tests/fixtures/blind3).

def industries_of(records):
    """{name: (role, zone)} of the industry facts."""
    return {r["name"]: (r["role"], r["zone"]) for r in of(records, "industry")}


def test_hebei_zones_named_with_gongye_juji_qu_and_a_collective_decoy(nlp):
    text = ("衡水经济开发区、枣强县工业聚集区、深州市工业聚集区被评为年度先进单位,故城县工业聚集区等2家单位被通报提醒。"
            "在各县市工业聚集区中,枣强县工业聚集区得分最高。")
    assert set(zones_of(extract(nlp, text)[1])) == {"衡水经济开发区", "枣强县工业聚集区", "深州市工业聚集区",
                                                   "故城县工业聚集区"}


def test_a_new_area_is_a_zone_only_with_a_name_from_the_closed_list(nlp):
    _, records = extract(nlp, "横琴新区管委会与澳门特区政府共同出席仪式。重庆两江新区完成投资5亿元。")
    assert set(zones_of(records)) == {"横琴新区", "重庆两江新区"}
    for decoy in ("市服务业委负责抓城区工业,包括凌河区、古塔区和松山新区。",  # a city's district
                  "打造集工业、商贸和服务为一体的城镇新区。", "城东新区完成投资3亿元。",
                  "洋浦滨海新区完成投资5亿元。"):  # a zone's district (GUIDE; 天津滨海新区 is a 国家级新区)
        assert of(extract(nlp, decoy)[1], "zone") == [], decoy
    # the word 新区 alone is the text's one new area; 高新区 is not it
    text = "横琴新区经济保持较快增长。新区总面积106.46平方公里。高新区规划面积10平方公里。"
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["106.46平方公里"] == "横琴新区"


def test_parks_named_after_partner_regions(nlp):
    text = ("横琴粤澳合作产业园首批项目动工\n备受关注的粤澳合作产业园昨日迎来首批项目动工。"
            "与粤澳合作产业园一街之隔的粤澳合作中医药科技产业园,是澳门与内地合作的首个落地项目。")
    assert zones_of(extract(nlp, text)[1]) == {"横琴粤澳合作产业园": ["粤澳合作产业园"],
                                               "粤澳合作中医药科技产业园": []}
    assert of(extract(nlp, "加强两地合作产业园建设。深化合作产业园区管理。")[1], "zone") == []


def test_a_table_of_parks_names_them_and_its_rows_attribute_their_figures(nlp):
    text = ("包头稀土高新技术产业开发区2024年工作报告\n高新区实行一区多园管理,各园区主要指标如下:\n"
            "园区名称|规划面积|完成投资\n稀土应用产业园|15.6平方公里|86.3亿元\n希望工业园|22.4平方公里|41.7亿元\n"
            "其他园区|5平方公里|3亿元\n"
            "希望工业园。园区完成基础设施投资9.2亿元。\n明年,全区力争实现地区生产总值530亿元。\n")
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {"包头稀土高新技术产业开发区", "稀土应用产业园", "希望工业园"}
    zone_of = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    assert zone_of["15.6平方公里"] == zone_of["86.3亿元"] == "稀土应用产业园"
    assert zone_of["22.4平方公里"] == zone_of["9.2亿元"] == "希望工业园"  # 园区 does not veto its heading
    assert zone_of["530亿元"] == "包头稀土高新技术产业开发区"  # the rows are no headings


def test_industries_after_verbs_and_by_with_known_names(nlp):
    text = ("冀州经济开发区主导产业确定为采暖铸造、医疗器械和化工新材料。"
            "昆山高新区以装备制造和新能源为主,年产值可达80亿元。")
    assert industries_of(extract(nlp, text)[1]) == {
        "采暖铸造": ("leading", "冀州经济开发区"), "医疗器械": ("leading", "冀州经济开发区"),
        "化工新材料": ("leading", "冀州经济开发区"), "装备制造": ("leading", "昆山高新区"),
        "新能源": ("leading", "昆山高新区")}
    text = "全区加快形成以清洁能源、现代物流、文化旅游为支撑的现代产业体系。"
    assert industries_of(extract(nlp, text)[1]) == {"清洁能源": ("pillar", None), "现代物流": ("pillar", None),
                                                    "文化旅游": ("pillar", None)}
    for decoy in ("园区企业以中小企业为主。", "以电子信息为主体。", "以东风等骨干企业为龙头,以重点项目为支撑,发展专用汽车。",
                  "依托航空工业基础,建设国家级航空产业基地配套园区。"):
        assert of(extract(nlp, decoy)[1], "industry") == [], decoy


def test_industry_names_after_zone_words_goal_words_and_with_ji(nlp):
    text = ("安平县工业聚集区以丝网产业见长。去年,聚集区丝网产业集群产值达到213亿元。"
            "枣强县工业聚集区今年力争玻璃钢产业集群产值突破百亿元。"
            "南沙资讯科技园重点发展软件及资讯服务业。"
            "遵义经济技术开发区以铝及铝加工、特色食品为主导产业,形成年产值两百亿元的铝产业集群。"
            "包头稀土高新区今后将重点发展稀土功能材料及终端应用,前瞻布局氢能和储能。"
            "产业园以中医药为主导产业,并配套发展保健品、医疗器械和医学检测等相关产业。")
    names = set(industries_of(extract(nlp, text)[1]))
    assert {"丝网", "玻璃钢", "软件及资讯服务", "铝及铝加工", "特色食品", "铝", "稀土功能材料及终端应用",
            "保健品", "医学检测"} <= names
    assert not names & {"聚集区丝网", "力争玻璃钢", "软件", "资讯服务", "稀土功能材料"}
    # a name before a dependent word is still the short form of the joined one (汽车 of 汽车及零部件) in the same
    # role; a cluster of it after a leading joined name is its own fact (round 30e: blind 4, 14, 26 annotate it so)
    text = "蔡家坡经济技术开发区汽车及零部件产业集群产值达到510亿元,汽车产业集群产值突破650亿元。"
    assert set(industries_of(extract(nlp, text)[1])) == {"汽车及零部件"}


def test_demonstratives_and_the_one_zone_a_short_word_names(nlp):
    text = "衡水经济开发区连续第三年位列全市第一。该区规划面积283平方公里。"
    assert [a["zone"] for a in of(extract(nlp, text)[1], "area")] == ["衡水经济开发区"]
    text = ("万州经济技术开发区在国家级经开区综合发展水平考核中位次前移。万州综合保税区封关运行。\n"
            "(一)做强开放平台,推动经开区扩能升级。盘活闲置低效用地1200亩。\n")
    doc, records = extract(nlp, text)
    assert [a["zone"] for a in of(records, "area")] == ["万州经济技术开发区"]
    assert zones_of(records)["万州经济技术开发区"] == []  # a bare 经开区 is no alias (round 46g)
    # 国家级经开区 is a category, not a mention
    assert [text[s:e] for s, e, z in doc.user_data["zone_mentions"] if z == "万州经济技术开发区"].count("经开区") == 1


def test_a_run_on_sentence_takes_its_zone_from_its_first_part_and_a_clause_its_own_zone_word(nlp):
    text = ("万州经济技术开发区位次前移,万州综合保税区封关运行满两年。\n到2025年,全区地区生产总值突破1400亿元;"
            "万州经济技术开发区工业总产值力争达到1200亿元;综合保税区进出口总额突破200亿元;"
            "研发经费投入强度达到2.5%。")
    goals = {t["text"]: t["zone"] for t in of(extract(nlp, text)[1], "target")}
    assert {z for t, z in goals.items() if "1200亿元" in t} == {"万州经济技术开发区"}
    assert {z for t, z in goals.items() if "200亿元" in t and "1200" not in t} == {"万州综合保税区"}
    assert {z for t, z in goals.items() if "2.5%" in t or "1400亿元" in t} == {None}


@pytest.mark.parametrize("text, expected", [
    ("園區第三期預計帶來新增投資150億令吉(約合人民幣252億元)。", {(1.5e10, "MYR"), (2.52e10, "CNY")}),
    ("一家物流集團宣布投資2億新元(約6.1億令吉)設立冷鏈中心。", {(2e8, "SGD"), (6.1e8, "MYR")}),
    ("该项目总投资3.2亿澳元,另有泰国企业投资5000万泰铢。", {(3.2e8, "AUD"), (5e7, "THB")}),
])
def test_amounts_in_other_currencies_keep_their_currency(nlp, text, expected):
    _, records = extract(nlp, text)
    assert {(r["value"], r["currency"]) for r in of(records, "money")} == expected


def test_land_in_acres_is_an_area_in_square_kilometres(nlp):
    _, records = extract(nlp, "關丹產業園區總規劃面積為12平方公里(約3000英畝),首期工業用地為600英畝。每平方英尺租金18令吉。")
    areas = {r["text"]: round(r["value"], 6) for r in of(records, "area")}
    assert areas == {"12平方公里": 12, "约3000英亩": 12.140569, "600英亩": 2.428114}


def test_a_heading_naming_results_reviews_even_when_it_also_says_main_work(nlp):
    text = ("某高新区2025年工作总结和2026年工作安排\n(2025年12月19日)\n一、2025年主要工作成效\n"
            "全年实施亿元以上项目132个,完成固定资产投资218亿元。\n二、2026年工作安排\n"
            "全年完成固定资产投资240亿元,新签约项目100个以上。\n")
    _, records = extract(nlp, text)
    assert money_by_text(records) == {"亿元以上": (False, 2025), "218亿元": (False, 2025), "240亿元": (True, 2026)}
    assert {(t["value"], t["year"]) for t in of(records, "target")} == {(2.4e10, 2026), (100, 2026)}


def goals_by_text(records):
    """{text: (year, value, unit)} of the target facts."""
    return {t["text"]: (t["year"], t["value"], t["unit"]) for t in of(records, "target")}


@pytest.mark.parametrize("text, goals", [
    # a meeting's plan for the year, with no goal word: 今年 … 要 reaches every figure its sentence lists
    ("2014年3月5日 衡水讯\n会议提出,今年全市开发区要完成固定资产投资500亿元以上,主营业务收入增长15%以上,"
     "新增建成区面积10平方公里。", {(2014, 5e10, "CNY"), (2014, 15, "percent"), (2014, 10, "km2")}),
    ("2017年1月12日\n开发区负责人表示,今年将引进港澳项目50个以上,利用港资5亿美元以上;",
     {(2017, 50, "count"), (2017, 5e8, "USD")}),
    # 年内 and full-width digits, the intent word farther from the time word
    ("２０２０年５月８日\n管委会年内在新材料产业园将投资３．２亿元建设基础设施,新增标准厂房１２万平方米。",
     {(2020, 3.2e8, "CNY"), (2020, 0.12, "km2")}),
    # 明年 counts from the report's date
    ("2023年12月20日\n明年园区要引进亿元以上项目三十个,实现规上工业产值二百亿元。",
     {(2024, 30, "count"), (2024, 2e10, "CNY")}),
])
def test_a_years_intent_states_goals_across_its_list(nlp, text, goals):
    assert set(goals_by_text(extract(nlp, text)[1]).values()) == goals


@pytest.mark.parametrize("text", [
    # 今年以来 looks back
    "2014年6月30日\n今年以来,全市开发区要素保障有力,完成固定资产投资210亿元,新增入园企业45家。",
    # a clause marked done ends the intent's reach
    "2016年2月1日\n今年要加快项目建设,已建成项目12个,已完成投资35亿元。",
])
def test_a_years_intent_does_not_reach_past_results(nlp, text):
    records = extract(nlp, text)[1]
    assert goals_by_text(records) == {}
    assert not any(r["target"] for r in records if r["type"] in ("money", "area")), text


@pytest.mark.parametrize("text, dated", [
    # the year of the section or plan does not date what a project yields once built
    ("二、2016年重点工作\n(一)加快建设汽车零部件产业园,规划用地2800亩,总投资65亿元,项目建成后可新增产值300亿元。",
     {"300亿元": None}),
    ("梧州高新区三年行动方案(2023—2025年)\n某锂电材料项目计划总投资85亿元,建成后年产正极材料10万吨,年产值可达120亿元。",
     {"120亿元": None}),
    ("2018年2月12日\n南科管理局表示,宝山用地扩建后,全区开发完成后预估可创造年产值新台币4,000亿元。",
     {"新台币4,000亿元": None}),
    ("到2020年,园区新上风电项目四个,达产后年销售收入可达五十亿元。", {"五十亿元": None}),
    # a time stated with the event, or between the event and the figure, still dates it
    ("2019年7月1日\n机器人产业园二期将于年内竣工,建成后年产值可达20亿元。", {"20亿元": 2019}),
    ("项目建成后,到2020年可实现产值30亿元。", {"30亿元": 2020}),
    # no event: the deadline holds
    ("到2020年,园区工业总产值达到120亿元。", {"120亿元": 2020}),
])
def test_a_projection_after_an_event_takes_no_year_the_event_does_not_have(nlp, text, dated):
    money = {m["text"]: m for m in of(extract(nlp, text)[1], "money")}
    for figure, year in dated.items():
        assert money[figure]["target"] and money[figure]["year"] == year, (figure, money[figure])


def test_counts_in_a_list_of_thresholds_are_goals_but_a_list_of_names_is_not(nlp):
    text = ("到“十二五”末,全省工业园区形成工业总产值超千亿元的园区2个、超五百亿元的园区5个、超百亿元的园区20个以上;"
            "培育主营业务收入超千亿元的园区3个以上、超100亿元的园区40个以上。")
    counts = sorted(v for y, v, u in goals_by_text(extract(nlp, text)[1]).values() if u == "count" and y == 2015)
    assert counts == [2, 3, 5, 20, 40]
    # a count after a list of names is the size of the list
    text = "到2015年,黑山、北镇、凌海、义县4个县(市)都有1个产业集群突破100亿元。"
    assert {v for _, v, u in goals_by_text(extract(nlp, text)[1]).values() if u == "count"} == {1}


@pytest.mark.parametrize("text, value", [
    ("2019年1月10日\n二、2019年工作安排\n赴长三角、珠三角开展专题招商活动不少于10次;", 10),
    ("2019年1月10日\n二、2019年工作安排\n全年举办园区推介会15场以上。", 15),
])
def test_events_are_counts(nlp, text, value):
    assert (2019, value, "count") in goals_by_text(extract(nlp, text)[1]).values()


def test_striving_words_of_other_regions_state_goals(nlp):
    text = "2018年2月12日\n管理局指出,高雄园区今年力拼营业额成长10%,达到1,460亿元。"
    assert {(2018, 10, "percent")} <= set(goals_by_text(extract(nlp, text)[1]).values())


def test_a_years_intent_reaches_its_own_sentence_only(nlp):
    text = "2017年1月12日\n园区今年将新增孵化面积3万平方米。开发区在园区内设立面积1万平方米的创新工场,并安排5000万元专项资金。"
    records = extract(nlp, text)[1]
    assert set(goals_by_text(records).values()) == {(2017, 0.03, "km2")}
    assert {r["text"]: r["target"] for r in records if r["type"] in ("money", "area")} == {
        "3万平方米": True, "1万平方米": False, "5000万元": False}


# Round four: each class of name or attribution checked on phrasings of other places, suffixes and orders, with
# decoys, so that the rules hold on reports no set has shown.

@pytest.mark.parametrize("text, name", [
    ("广州临空经济区规划面积135平方公里。", "广州临空经济区"),
    ("长沙临空经济示范区规划面积140平方公里。", "长沙临空经济示范区"),
    ("河口跨境经济合作区规划面积4.02平方公里。", "河口跨境经济合作区"),
    ("瑞丽边境经济合作区规划面积6平方公里。", "瑞丽边境经济合作区"),
    ("东兴国家重点开发开放试验区规划面积1226平方公里。", "东兴国家重点开发开放试验区"),
    ("杨凌农业高新技术产业示范区规划面积135平方公里。", "杨凌农业高新技术产业示范区"),
    ("深汕特别合作区总面积468.3平方公里。", "深汕特别合作区"),
    ("横琴粤澳深度合作区总面积106平方公里。", "横琴粤澳深度合作区"),
])
def test_airport_border_cooperation_and_demonstration_zones(nlp, text, name):
    _, records = extract(nlp, text)
    assert list(zones_of(records)) == [name]
    assert [a["zone"] for a in of(records, "area")] == [name]


@pytest.mark.parametrize("text", [
    "加强与东盟的合作区域规划面积100平方公里。", "推动合作区建设,总投资10亿元。", "各临空经济区总投资10亿元。",
    "全国边境经济合作区共17个,规划面积100平方公里。", "全国自贸试验区实际使用外资2000亿元。",
    "各自贸试验区实际使用外资200亿元。",
])
def test_new_zone_suffixes_alone_or_after_collective_words_name_no_zone(nlp, text):
    assert zones_of(extract(nlp, text)[1]) == {}


def test_a_nation_and_its_partners_lead_a_name_with_the_place_in_brackets_or_after(nlp):
    text = "中國(福建)自由貿易試驗區面積118.04平方公里。福建自贸试验区新增企业1万家,注册资本2000亿元。"
    _, records = extract(nlp, text)
    assert zones_of(records) == {"中国(福建)自由贸易试验区": ["福建自贸试验区"]}
    assert {r["zone"] for r in of(records, "money") + of(records, "area")} == {"中国(福建)自由贸易试验区"}
    text = "中国(广西)自由贸易试验区钦州港片区实施范围58.19平方公里。"
    assert list(zones_of(extract(nlp, text)[1])) == ["中国(广西)自由贸易试验区钦州港片区"]
    for text, name in (("中德(沈阳)高端装备制造产业园总投资100亿元。", "中德(沈阳)高端装备制造产业园"),
                       ("中韩(盐城)产业园规划面积50平方公里。", "中韩(盐城)产业园"),
                       ("中马钦州产业园区规划面积55平方公里。", "中马钦州产业园区")):
        assert list(zones_of(extract(nlp, text)[1])) == [name], text
    # 中 closing a word (其中) before a place is no partner prefix
    assert list(zones_of(extract(nlp, "其中德阳经济开发区总投资10亿元。")[1])) == ["德阳经济开发区"]
    assert list(zones_of(extract(nlp, "其中马鞍山经济技术开发区完成投资20亿元。")[1])) == ["马鞍山经济技术开发区"]


def test_a_name_without_its_place_is_a_mention_of_the_one_zone_so_named(nlp):
    text = ("万州经济技术开发区规划面积62平方公里。万州数字经济产业园位于江南新区。\n"
            "(二)数字经济产业园全年新增入驻企业100家,营业收入突破15亿元。\n(三)经开区新增工业用地3000亩。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"万州经济技术开发区": [], "万州数字经济产业园": ["数字经济产业园"]}
    assert [m["zone"] for m in of(records, "money")] == ["万州数字经济产业园"]
    assert [a["zone"] for a in of(records, "area")] == ["万州经济技术开发区", "万州经济技术开发区"]
    text = "修文县扎佐工业园区开园。扎佐工业园区完成投资5亿元。"
    assert zones_of(extract(nlp, text)[1]) == {"修文县扎佐工业园区": ["扎佐工业园区"]}
    # decoys: the bare suffix (工业园区 of 苏州工业园区), a collective word before it, a rest two zones share
    assert zones_of(extract(nlp, "苏州工业园区规划面积278平方公里。工业园区实现产值5000亿元。")[1]) == {"苏州工业园区": []}
    assert zones_of(extract(nlp, "万州数字经济产业园开园。全市数字经济产业园营业收入30亿元。")[1]) == {"万州数字经济产业园": []}
    text = "滨海数字经济产业园和江北数字经济产业园分别开园。数字经济产业园营业收入15亿元。"
    assert zones_of(extract(nlp, text)[1]) == {"滨海数字经济产业园": [], "江北数字经济产业园": []}


def test_a_numbered_heading_or_a_line_of_only_a_name_opens_a_new_zone_section_however_short(nlp):
    text = ("一、芜湖经济技术开发区\n2022年实现规上工业产值2800亿元。\n二、芜湖高新技术产业开发区\n"
            "2022年实现规上工业产值1200亿元。\n")
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["芜湖经济技术开发区", "芜湖高新技术产业开发区"]
    text = "襄阳高新区\n园区2022年完成投资120亿元。\n襄阳经开区\n园区2022年完成投资80亿元。\n"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["襄阳高新区", "襄阳经开区"]
    # decoy: a sub-title that is not only a name stays under its heading
    text = "一、襄阳高新区\n园区2022年完成投资120亿元。\n襄阳经开区也完成了改革\n园区新增用地80亩。\n"
    assert [a["zone"] for a in of(extract(nlp, text)[1], "area")] == ["襄阳高新区"]


def test_a_figure_after_a_list_of_zones_and_a_count_or_sharing_word_belongs_to_none(nlp):
    text = "贵阳高新区、贵阳经开区、遵义经开区三个园区的工业总产值均超过百亿元。"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None]
    assert [m["zone"] for m in of(extract(nlp, "昆明高新区和曲靖经开区合计完成投资200亿元。")[1], "money")] == [None]
    # decoy: figures inside their own list items keep their zones
    text = "包括台南园区1,043公顷、高雄园区570公顷。"
    assert [a["zone"] for a in of(extract(nlp, text)[1], "area")] == ["台南园区", "高雄园区"]


def test_industry_lists_after_first_featured_and_chain_cues(nlp):
    text = "开发区首位产业为电子信息,特色产业为绿色食品和新型建材。园区优势产业包括化工、冶金和建材。"
    assert industries_of(extract(nlp, text)[1]) == {
        "电子信息": ("leading", None), "绿色食品": ("planned", None), "新型建材": ("planned", None),
        "化工": ("planned", None), "冶金": ("planned", None), "建材": ("planned", None)}
    text = "高新区聚焦集成电路、生物医药、人工智能三大产业链。园区产业定位为生物医药、医疗器械和大健康。"
    assert set(industries_of(extract(nlp, text)[1])) == {"集成电路", "生物医药", "人工智能", "医疗器械", "大健康"}
    # decoys: one name before 产业链 is a task; a position in a chain is no industry
    for decoy in ("园区延长钢铁产业链,总投资10亿元。", "园区不断完善产业链,延伸产业链条。",
                  "构筑以骨干企业为核心、各类配套企业集聚、上下游产业链完善的产业体系。"):
        assert of(extract(nlp, decoy)[1], "industry") == [], decoy


# The fifth target round (blind4 and blind5 errors): years in Chinese numerals, ranges with the unit at both ends,
# 全年 after a sentence stating its year, results compared with what was expected.

def test_a_year_in_chinese_numerals_dates_goals_and_results_like_one_in_digits(nlp):
    text = "到二〇一〇年,兰州高新区技工贸总收入力争达到六百亿元,高新技术企业达到二百家。"
    records = extract(nlp, text)[1]
    assert [(t["year"], t["unit"]) for t in of(records, "target")] == [(2010, "CNY"), (2010, "count")]
    [money] = of(extract(nlp, "二〇〇七年,全省开发区完成固定资产投资三百一十二亿元。")[1], "money")
    assert (money["year"], money["target"], money["value"]) == (2007, False, 3.12e10)
    # decoys: a count of years and a numbered list item are no year
    [money] = of(extract(nlp, "园区用一二年时间完成投资五亿元。")[1], "money")
    assert money["year"] is None


def test_two_amounts_of_one_currency_joined_by_a_range_word_are_one_range(nlp):
    for text, low, high in (("工业用地出让价格:每亩6万元至9.6万元", 6e4, 9.6e4),
                            ("标准厂房租金每平方米每月20元至28元人民币。", 20, 28),
                            ("普通工人月工资:3000元—4000元", 3000, 4000)):
        [money] = of(extract(nlp, text)[1], "money")
        assert (money["value"], money["value_max"], money["approx"]) == (low, high, "range"), text
    # decoys: two currencies, or two amounts in a list, stay two facts
    assert len(of(extract(nlp, "总投资2亿美元至人民币3亿元。")[1], "money")) == 2
    assert len(of(extract(nlp, "完成投资5亿元、税收1亿元。")[1], "money")) == 2


def test_the_whole_year_is_the_year_the_sentence_before_states(nlp):
    text = ("江城新闻网 2018-03-06\n答:2017年,我们顶住了化工行业周期调整的压力,主要指标好于预期。"
            "全年实现地区生产总值215.6亿元,同比增长8.2%;规模以上工业总产值682亿元。")
    assert [(m["year"], m["target"]) for m in of(extract(nlp, text)[1], "money")] == [(2017, False), (2017, False)]
    # decoy: with no year before it, 全年 is the report's year
    text = "江城新闻网 2018-03-06\n答:我们顶住了压力。全年实现地区生产总值215.6亿元。"
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [2018]


@pytest.mark.parametrize("text", ["2017年各项指标超出预期,完成投资126亿元。", "2017年主要指标好于预期,实现税收26.5亿元。"])
def test_a_result_compared_with_what_was_expected_is_no_goal(nlp, text):
    [money] = of(extract(nlp, text)[1], "money")
    assert (money["target"], money["year"]) == (False, 2017)
    assert of(extract(nlp, text)[1], "target") == []


def test_under_a_goals_heading_a_line_right_after_another_goes_on_with_its_deadline(nlp):
    text = ("一、发展目标\n到“十一五”末,全省开发区工业增加值达到六百亿元以上。\n"
            "全省开发区新增建设用地控制在六千公顷以内,单位土地面积产出提高50%。\n")
    targets = of(extract(nlp, text)[1], "target")
    assert [(t["year"], t["unit"]) for t in targets] == [(2010, "CNY"), (2010, "km2"), (2010, "percent")]
    # decoys: after a blank line, or under a heading that names no goals, a line starts afresh
    text = text.replace("末,全省开发区工业增加值达到六百亿元以上。\n", "末,全省开发区工业增加值达到六百亿元以上。\n\n")
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [2010, None, None]
    text = "一、基本情况\n到2007年底,全省开发区工业增加值达到三百亿元。\n全省开发区新增建设用地六千公顷。\n"
    [area] = of(extract(nlp, text)[1], "area")
    assert area["year"] is None and area["target"] is False


@pytest.mark.parametrize("looking_back", ["一年来,全岛新设外资企业1008家,实际使用外资30.3亿美元。",
                                          "开园以来,园区累计引进企业120家,完成投资85亿元。",
                                          "近年来,园区新增企业60家,完成投资40亿元。"])
def test_a_span_looking_back_to_now_states_results_not_the_goals_before_it(nlp, looking_back):
    text = "发展目标:到2035年,园区新设外资企业5000家,实际使用外资100亿美元。" + looking_back
    targets = of(extract(nlp, text)[1], "target")
    assert [t["year"] for t in targets] == [2035, 2035]


def test_a_table_cell_is_of_the_kind_its_columns_header_names(nlp):
    text = ("表2 嘉定区市级以上产业园区基本情况(2019年)\n园区名称|规划面积|工业总产值|主导产业\n"
            "嘉定高新区|56.2平方公里|1120亿元|智能传感器\n零部件园|26.3平方公里|1365亿元|汽车零部件\n")
    records = extract(nlp, text)[1]
    assert [a["kind"] for a in of(records, "area")] == ["planned", "planned"]
    assert [m["category"] for m in of(records, "money")] == ["output", "output"]
    # cells run into their row's name (space-aligned columns): the one header cell naming a kind
    text = "园区名称         规划面积    主攻方向\n上库石化产业园42平方公里   石油天然气化工\n塔什店工业园26平方公里   煤电\n"
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == ["planned", "planned"]
    # decoys: a header naming two kinds with cells not lined up, a blank line before the rows, prose
    text = "园区  规划面积  建成区面积\n上库石化产业园42平方公里   26平方公里\n"
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == ["other", "other"]
    text = "园区名称|规划面积|主导产业\n\n嘉定高新区|56.2平方公里|智能传感器\n"
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == ["other"]
    assert [a["kind"] for a in of(extract(nlp, "园区规划面积大。\n新建厂房56.2万平方米。")[1], "area")] == ["other"]


def test_an_area_after_a_label_or_as_a_part_of_the_area_before_it_takes_its_kind(nlp):
    for text, kinds in (("洋浦经济开发区规划面积:114.7平方公里", ["planned"]),
                        ("开发区规划面积114.7平方公里,其中陆域面积69平方公里。", ["planned", "other"]),  # no kind word of its own (GUIDE 47g)
                        ("园区占地1800亩,其中一期600亩。", ["land_use", "land_use"]),
                        # decoys: a part with its own cue keeps it; a clause that is no part reads only itself
                        ("规划面积56.2平方公里,其中已建成区面积31.5平方公里。", ["planned", "built"]),
                        ("规划面积56.2平方公里,新建研发楼宇18万平方米。", ["planned", "other"])):
        assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == kinds, text


def test_a_slogans_bare_magnitude_is_no_area(nlp):
    assert of(extract(nlp, "北辰经开区要向“万亩千亿”迈进。")[1], "area") == []
    # decoys: a bare magnitude with a modifier is a figure; an export processing zone's area is land
    [area] = of(extract(nlp, "园区建成区面积超万亩。")[1], "area")
    assert (area["value"], area["approx"]) == (round(1e4 / 1500, 6), "at_least")
    [area] = of(extract(nlp, "出口加工区规划面积3平方公里。")[1], "area")
    assert area["value"] == 3.0


def test_a_policys_terms_for_a_case_are_no_goals_even_under_a_goals_heading(nlp):
    text = ("三、2026年主要目标\n高新区工业总产值达到800亿元。\n"
            "对新落户的投资额5000万元以上的制造业项目,按设备投资额的10%给予补助,单个项目最高不超过2000万元。\n"
            "对认定的高新技术企业,一次性奖励30万元。\n")
    records = extract(nlp, text)[1]
    assert [(t["value"], t["year"]) for t in of(records, "target")] == [(8e10, 2026)]
    assert [m["target"] for m in of(records, "money")] == [True, False, False, False]
    # decoy: 对此 opens no case; the goals after it stay goals
    text = "三、2026年主要目标\n对此,园区提出,全年引进项目10个,完成投资15亿元。\n"
    assert sorted(t["value"] for t in of(extract(nlp, text)[1], "target")) == [10, 1.5e9]


def test_a_capacity_naming_a_project_is_no_goal_and_a_policys_span_is_no_deadline(nlp):
    text = "鹤壁 2018年1月5日\n今年我们要推进1.5万吨大丝束碳纤维项目建设,这个项目总投资55亿元。"
    assert [t for t in of(extract(nlp, text)[1], "target") if t["unit"] == "other"] == []
    text = "对租用园区研发办公用房的科技型中小企业,三年内给予每平方米每天1.5元的租金补贴。"
    [money] = of(extract(nlp, text)[1], "money")
    assert (money["target"], money["year"]) == (False, None)
    assert of(extract(nlp, text)[1], "target") == []
    # decoys: a capacity goal of its own, and a count of projects, stay goals
    for text, unit in (("到2020年,园区纺纱规模力争达到500万吨。", "other"), ("今年要新建30个项目。", "count")):
        assert [t["unit"] for t in of(extract(nlp, "鹤壁 2018年1月5日\n" + text)[1], "target")] == [unit], text


# Round 5 of the zone, industry and attribution rules (from the fourth and fifth blind sets' errors)

def test_a_zone_written_in_a_postal_address_is_no_mention(nlp):
    text = ("郑州经济技术开发区投资指南\n地址:河南省郑州市经济技术开发区第八大街80号 邮编:450016\n"
            "郑州经济技术开发区规划面积158平方公里。\n招商中心:郑州市经济技术开发区航海东路1356号\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"郑州经济技术开发区": []}
    assert [a["zone"] for a in of(records, "area")] == ["郑州经济技术开发区"]
    # decoy: a name followed by a figure, not a road and a number, stays a mention
    text = "郑州市经济技术开发区2023年完成投资300亿元。"
    assert zones_of(extract(nlp, text)[1]) == {"郑州市经济技术开发区": []}


def test_running_text_writes_a_table_rows_park_in_full(nlp):
    text = ("上海金山碳纤维产业园、上海松江机器人产业园入选首批特色园区。\n园区名称|规划面积\n"
            "金山碳纤维产业园|3.2平方公里\n松江机器人产业园|2.4平方公里\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"上海金山碳纤维产业园": ["金山碳纤维产业园"],
                                 "上海松江机器人产业园": ["松江机器人产业园"]}
    assert [a["zone"] for a in of(records, "area")] == ["上海金山碳纤维产业园", "上海松江机器人产业园"]


def test_a_districts_parks_together_are_no_zone_and_a_title_naming_them_makes_a_general_text(nlp):
    text = ("北辰区产业园区高质量发展三年行动方案\n第一章 发展基础\n北辰经济技术开发区规划面积35平方公里。\n"
            "北辰经济技术开发区建成区面积20平方公里。\n到2025年,全区规模以上工业总产值达到1500亿元。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"北辰经济技术开发区": []}
    assert [m["zone"] for m in of(records, "money")] == [None]
    # decoys: a county-level city's 产业集聚区 and a district's short form with a kind are zones' names
    assert list(zones_of(extract(nlp, "沁阳市产业集聚区2012年完成投资50亿元。")[1])) == ["沁阳市产业集聚区"]
    assert list(zones_of(extract(nlp, "嘉定工业区规划面积78平方公里。")[1])) == ["嘉定工业区"]


def test_a_story_cut_into_marked_sections_gives_each_its_own_zone_and_none_to_the_rest(nlp):
    text = ("全省去年实际使用外资30亿美元。\n"
            "■洋浦:特区中的特区\n洋浦经济开发区规划面积114.7平方公里。去年完成投资281亿元。\n"
            "■江东新区:总部基地\n海口江东新区总面积298平方公里。去年完成投资215亿元。\n"
            "■台商观点\n协会会长表示,台资企业累计投资约50亿美元。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"洋浦经济开发区": [], "海口江东新区": ["江东新区"]}
    assert [m["zone"] for m in of(records, "money")] == [None, "洋浦经济开发区", "海口江东新区", None]


def test_pilot_zones_and_zones_named_after_towns(nlp):
    text = "在琼海市的博鳌乐城国际医疗旅游先行区,先行区规划面积20.1平方公里。"
    assert zones_of(extract(nlp, text)[1]) == {"博鳌乐城国际医疗旅游先行区": []}
    text = "·北大湖体育旅游经济开发区冰雪季接待游客创新高2018-01-30"
    assert list(zones_of(extract(nlp, text)[1])) == ["北大湖体育旅游经济开发区"]
    # decoys: a goal written with 先行区, a city's 先行示范区, a logistics centre being built
    for decoy in ("打造改革开放先行区,总投资10亿元。", "深圳建设中国特色社会主义先行示范区。",
                  "下一步将建设冷链物流中心和保税仓库。", "4.南疆农产品冷链物流中心项目。"):
        assert zones_of(extract(nlp, decoy)[1]) == {}, decoy


def test_long_qualifiers_stay_in_a_parks_name(nlp):
    text = "上海国际汽车城零部件配套工业园区规划面积26.3平方公里。"
    assert list(zones_of(extract(nlp, text)[1])) == ["上海国际汽车城零部件配套工业园区"]
    text = "答:江北现代物流园,大家习惯叫江北物流园,占地1800亩。"
    assert zones_of(extract(nlp, text)[1]) == {"江北现代物流园": ["江北物流园"]}


def test_a_park_called_by_its_qualifier_and_yuan(nlp):
    text = ("白城新能源产业园规划面积12平方公里。新能源园去年实现产值30亿元。\n"
            "松原精细化工产业园占地6000亩。今年精化园完成投资38亿元。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"白城新能源产业园": ["新能源园"], "松原精细化工产业园": ["精化园"]}
    assert [m["zone"] for m in of(records, "money")] == ["白城新能源产业园", "松原精细化工产业园"]
    # decoy: two parks that shorten alike give no mention
    text = "白城新能源产业园和松原新能源产业园开园。新能源园去年实现产值30亿元。"
    assert zones_of(extract(nlp, text)[1]) == {"白城新能源产业园": [], "松原新能源产业园": []}


def test_an_interview_answer_is_about_the_park_its_first_sentence_names(nlp):
    text = ("四平经济开发区是国家级开发区。四平经济开发区去年实现产值300亿元。\n"
            "记者:化工园的情况怎么样?\n"
            "答:四平精细化工产业园规划面积20平方公里。2023年园区实现产值50亿元。\n")
    _, records = extract(nlp, text)
    assert [m["zone"] for m in of(records, "money")] == ["四平经济开发区", "四平精细化工产业园"]


def test_industries_in_a_table_column_headed_by_an_industry_cue(nlp):
    text = ("园区名称|规划面积|主导产业\n铜陵经济技术开发区|30平方公里|有色金属新材料、电子信息\n"
            "铜陵狮子山高新技术产业开发区|15平方公里|先进装备制造\n")
    assert industries_of(extract(nlp, text)[1]) == {
        "有色金属新材料": ("leading", "铜陵经济技术开发区"), "电子信息": ("leading", "铜陵经济技术开发区"),
        "先进装备制造": ("leading", "铜陵狮子山高新技术产业开发区")}
    # a table laid out with spaces; the separator before a figure is lost in normalizing
    text = ("  园区名称      规划面积    主攻方向\n  哈密石油化工产业园42平方公里   煤化工、精细化工\n"
            "  哈密纺织服装产业园18平方公里   棉纺、服装家纺\n\n")
    found = industries_of(extract(nlp, text)[1])
    assert found == {"煤化工": ("planned", "哈密石油化工产业园"), "精细化工": ("planned", "哈密石油化工产业园"),
                     "棉纺": ("planned", "哈密纺织服装产业园"), "服装家纺": ("planned", "哈密纺织服装产业园")}
    # decoy: a table of indicators has no industry column
    text = "指标名称|2019年|2025年目标\n规模以上工业总产值(亿元)|3286|5000\n高新技术企业(家)|1148|2200\n"
    assert of(extract(nlp, text)[1], "industry") == []


def test_the_last_item_of_an_industry_list_after_he_is_whole(nlp):
    text = "园区重点发展煤机装备、新能源汽车零部件和现代煤化工,今年完成投资42.7亿元。"
    assert set(industries_of(extract(nlp, text)[1])) == {"煤机装备", "新能源汽车零部件", "现代煤化工"}
    text = "开发区主导产业为高端装备制造、新一代信息技术与生物医药。"
    assert set(industries_of(extract(nlp, text)[1])) == {"高端装备制造", "新一代信息技术", "生物医药"}
    # decoy: 和 inside a known joined name keeps it one industry
    text = "园区重点发展软件和信息服务、集成电路等产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"软件和信息服务", "集成电路"}


def test_a_short_form_keeping_a_word_inside_the_name_is_an_alias(nlp):
    text = ("在琼海市的博鳌乐城国际医疗旅游先行区,医院沿万泉河排开。乐城先行区去年营业收入12.6亿元。\n"
            "泽州县巴公装备制造工业园区是省级园区。巴公工业园区今年完成投资42.7亿元。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"博鳌乐城国际医疗旅游先行区": ["乐城先行区"],
                                 "泽州县巴公装备制造工业园区": ["巴公工业园区"]}
    assert [m["zone"] for m in of(records, "money")] == ["博鳌乐城国际医疗旅游先行区", "泽州县巴公装备制造工业园区"]
    # decoy: a region's own zone is not a short form of another zone named after a place inside that region
    text = "昆山花桥经济开发区规划面积50平方公里。昆山开发区规划面积115平方公里。"
    assert zones_of(extract(nlp, text)[1]) == {"昆山花桥经济开发区": [], "昆山开发区": []}


def test_a_park_called_by_its_place_and_yuan_and_a_common_word_that_is_a_region(nlp):
    text = "(一)上库石化产业园。位于开发区西部。2018年,上库园实现工业总产值205亿元。"
    _, records = extract(nlp, text)
    assert zones_of(records) == {"上库石化产业园": ["上库园"]}
    assert [m["zone"] for m in of(records, "money")] == ["上库石化产业园"]
    # decoys: two parks of one place give their place's 园 to neither; 新建 (a district of 南昌) is a common word
    text = "吉林碳纤维产业园和吉林精细化工产业园开园。吉林园道路全部贯通。"
    assert set(zones_of(extract(nlp, text)[1])) == {"吉林碳纤维产业园", "吉林精细化工产业园"}
    assert zones_of(extract(nlp, "市财政安排专项资金三亿五千万元,新建园区道路42公里。")[1]) == {}


def test_containers_counted_in_teu_are_a_count(nlp):
    for text, year in (("到2025年,港口集装箱吞吐量力争达到50万标准箱。", 2025),
                       ("目标:2025年集装箱吞吐量突破20万标箱。", 2025), ("到2030年,港区集装箱吞吐量达到300万TEU。", 2030)):
        assert [(g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")] == [("count", year)]
    # decoy: a quantity by weight stays other; a past throughput is no goal
    assert [g["unit"] for g in of(extract(nlp, "到2025年,港口货物吞吐量达到800万吨。")[1], "target")] == ["other"]
    assert of(extract(nlp, "2020年,港口完成集装箱吞吐量12万标箱,同比增长8%。")[1], "target") == []


def test_next_year_is_a_plan_without_a_goal_word(nlp):
    text = "XX市人民政府工作报告\n2022年1月10日\n明年新增市场主体1000户,完成固定资产投资80亿元。\n"
    goals = of(extract(nlp, text)[1], "target")
    assert sorted((g["value"], g["unit"], g["year"]) for g in goals) == [(1000, "count", 2023), (8e9, "CNY", 2023)]
    text = "2018年12月28日\n管理局规划明年起再开发第二期用地35公顷,引进智慧机械业者。\n"
    assert [(g["value"], g["year"]) for g in of(extract(nlp, text)[1], "target")] == [(0.35, 2019)]
    # decoys: 今年 in a year-end summary is a result; a clause marked done after 明年 is not reached
    text = "XX开发区2021年工作总结\n2021年12月20日\n今年完成固定资产投资80亿元,新增市场主体1000户。\n"
    assert of(extract(nlp, text)[1], "target") == []
    text = "2021年12月20日\n明年新开工项目30个,今年已建成项目5个。\n"
    assert [g["value"] for g in of(extract(nlp, text)[1], "target")] == [30]


def test_a_fund_set_up_is_financing_and_a_goal_only_with_a_plan_word(nlp):
    text = "2022年1月10日\n设立规模10亿元的产业投资基金。组建总规模50亿元的产业发展基金。力争设立规模20亿元的创投基金。\n"
    _, records = extract(nlp, text)
    assert [(m["value"], m["category"], m["target"]) for m in of(records, "money")] == [
        (1e9, "financing", False), (5e9, "financing", False), (2e9, "financing", True)]
    assert [g["value"] for g in of(records, "target")] == [2e9]


def test_indicator_tables_give_their_goals_by_column(nlp):
    text = ("某市高新区“十四五”发展规划\n2021年3月1日\n表1 主要指标\n"
            "指标\t单位\t2020年\t2025年\t属性\n地区生产总值\t亿元\t1200\t2000\t预期性\n"
            "高新技术企业\t家\t150\t300\t预期性\n研发经费投入占比\t%\t2.5\t3.5\t预期性\n建成区面积\t平方公里\t20\t35\t约束性\n")
    _, records = extract(nlp, text)
    assert sorted((g["metric"], g["value"], g["unit"], g["year"]) for g in of(records, "target")) == [
        ("地区生产总值", 2e11, "CNY", 2025), ("建成区面积", 35, "km2", 2025),
        ("研发经费投入占比", 3.5, "percent", 2025), ("高新技术企业", 300, "count", 2025)]
    assert [(m["value"], m["category"], m["target"], m["year"]) for m in of(records, "money")] == [
        (1.2e11, "output", False, 2020), (2e11, "output", True, 2025)]
    assert [(a["value"], a["kind"], a["target"]) for a in of(records, "area")] == [(20, "built", False),
                                                                                  (35, "built", True)]
    # the unit in brackets after the row's label, a goal word in the column's header, a table laid out with spaces
    text = "指标名称|2019年|2025年目标\n规模以上工业总产值(亿元)|3286|5000\n高新技术企业(家)|1148|2200\n"
    goals = of(extract(nlp, text)[1], "target")
    assert [(g["metric"], g["value"], g["year"]) for g in goals] == [
        ("规模以上工业总产值", 5e11, 2025), ("高新技术企业", 2200, 2025)]
    text = "2020年5月1日\n主要指标　　　　2019年　　　2025年\n工业总产值(亿元)　　　120　　　300\n"
    goals = of(extract(nlp, text)[1], "target")
    assert [(g["metric"], g["value"], g["year"]) for g in goals] == [("工业总产值", 3e10, 2025)]
    # decoys: a table of past years is results; a row not lined up with its header, or with no unit, is not read
    text = ("XX开发区2021年统计公报\n2022年2月1日\n指标\t单位\t2020年\t2021年\n工业总产值\t亿元\t100\t120\n"
            "企业数\t\t40\t45\n入园企业\t家\t30\n")
    _, records = extract(nlp, text)
    assert of(records, "target") == [] and [m["year"] for m in of(records, "money")] == [2020, 2021]


def test_tab_separated_rows_keep_their_cells(nlp):
    text = "园区名称\t规划面积\t工业总产值\n嘉定工业区\t78平方公里\t1120亿元\n"
    _, records = extract(nlp, text)
    assert [(a["value"], a["kind"]) for a in of(records, "area")] == [(78, "planned")]
    assert [(m["value"], m["category"]) for m in of(records, "money")] == [(1.12e11, "output")]


def test_indicator_table_cells_with_their_own_units(nlp):
    text = ("关于加快园区发展的意见\n2016年4月1日\n附件:园区“十三五”主要目标\n"
            "指标　　　　　　　2015年　　　　2020年目标\n主营业务收入　　　860亿元　　　1500亿元以上\n"
            "利用外资　　　　　3000万美元　　1.2亿美元\n从业人员　　　　　8.5万人　　　15万人\n")
    _, records = extract(nlp, text)
    assert [(g["metric"], g["value"], g["unit"], g["year"]) for g in of(records, "target")] == [
        ("主营业务收入", 1.5e11, "CNY", 2020), ("利用外资", 1.2e8, "USD", 2020), ("从业人员", 1.5e5, "people", 2020)]
    assert [(m["value"], m["target"], m["year"]) for m in of(records, "money")] == [
        (8.6e10, False, 2015), (1.5e11, True, 2020), (3e7, False, 2015), (1.2e8, True, 2020)]
    # decoy: the same row with its spaces of one width is running text, whose figures are no table's
    text = "2016年4月1日\n主营业务收入 860亿元 1500亿元\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_rent_a_zone_offers_is_money_but_never_a_goal(nlp):
    text = "2018年5月1日\n到2020年,园区将兴建第二期标准厂房,租金每平方米每月20元起,新增投资50亿元。\n"
    _, records = extract(nlp, text)
    assert [(m["value"], m["target"]) for m in of(records, "money")] == [(20, False), (5e9, True)]
    assert [g["value"] for g in of(records, "target")] == [5e9]
    # decoy: what rents earn is revenue, and may be a goal
    text = "2018年5月1日\n力争到2020年园区厂房租金收入达到2000万元。\n"
    assert [(m["value"], m["target"]) for m in of(extract(nlp, text)[1], "money")] == [(2e7, True)]
# Round 6 of the zone, industry and attribution rules (written for reports in general, before the sixth and
# seventh blind sets): each test holds varied phrasings of one class and its decoys.


def test_a_numeral_inside_a_places_name_stays_in_the_zones_name(nlp):
    text = "吉林九站工业园规划面积12平方公里,2018年完成投资5亿元。"
    _, records = extract(nlp, text)
    assert list(zones_of(records)) == ["吉林九站工业园"]
    assert {r["zone"] for r in records if r["type"] != "zone"} == {"吉林九站工业园"}
    text = "重庆两路寸滩保税港区是全国首个内陆保税港区,规划面积8.37平方公里。"
    assert list(zones_of(extract(nlp, text)[1])) == ["重庆两路寸滩保税港区"]
    # decoys: a count or a rank before a zone word is no part of a name
    for decoy in ("河南十大产业园完成投资5亿元。", "郑州三个开发区规划面积10平方公里。",
                  "南阳两类工业园实现产值10亿元。", "吉林一批工业园完成投资2亿元。"):
        assert zones_of(extract(nlp, decoy)[1]) == {}, decoy


def test_eco_cities_and_national_demonstration_zones_need_a_place(nlp):
    text = "中新天津生态城规划面积30平方公里。天津生态城今年完成投资50亿元。"
    _, records = extract(nlp, text)
    assert list(zones_of(records)) == ["中新天津生态城"]
    assert [r["zone"] for r in of(records, "money")] == ["中新天津生态城"]
    text = "张江国家自主创新示范区规划面积531平方公里。"
    assert list(zones_of(extract(nlp, text)[1])) == ["张江国家自主创新示范区"]
    # decoys: a developer's estate, a goal, and 生态城市 (an ecological city) are no zones
    for decoy in ("万科生态城二期开盘,均价每平方米8000元。", "建设全省自主创新示范区,投资10亿元。",
                  "一轴:安阳市生态城市轴线,贯穿安阳市中心城区。"):
        assert zones_of(extract(nlp, decoy)[1]) == {}, decoy


def test_an_interview_answer_takes_the_zone_its_question_names(nlp):
    text = ("记者:长春经济技术开发区今年的招商情况如何?\n"
            "答:今年以来,我们共引进项目32个,总投资达到120亿元。其中兴隆综合保税区完成投资20亿元。")
    _, records = extract(nlp, text)
    assert [(m["text"], m["zone"]) for m in of(records, "money")] == [
        ("120亿元", "长春经济技术开发区"), ("20亿元", "兴隆综合保税区")]
    # decoy: a question naming two zones gives its answer neither
    text = ("问:长春经开区与吉林高新区如何合作?\n答:两地今年共同投入资金3亿元。")
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None]


def test_sibling_parts_of_a_zone_listed_after_the_first(nlp):
    text = "中国(河南)自由贸易试验区郑州片区规划面积73.17平方公里,开封片区规划面积19.94平方公里,洛阳片区规划面积26.62平方公里。"
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {"中国(河南)自由贸易试验区郑州片区", "开封片区", "洛阳片区"}
    assert [a["zone"] for a in of(records, "area")] == ["中国(河南)自由贸易试验区郑州片区", "开封片区", "洛阳片区"]
    # decoy: a common word before 分区 (功能分区) is no part
    text = "安阳高新技术产业集聚区规划面积5平方公里,功能分区规划面积3平方公里。"
    assert list(zones_of(extract(nlp, text)[1])) == ["安阳高新技术产业集聚区"]


def test_industry_lists_wrapped_at_a_line_break_and_unknown_compound_names(nlp):
    text = "宜宾临港经开区着力打造智能终端、新能源汽车及动力电池、\n轨道交通等产业集群。"
    assert set(industries_of(extract(nlp, text)[1])) == {"智能终端", "新能源汽车", "动力电池", "轨道交通"}
    text = "铜陵经开区以铜基新材料、先进结构材料和电子信息为主导产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"铜基新材料", "先进结构材料", "电子信息"}
    # decoys: projects and products listed after 重点发展 are no industries; a line not ended by 、 ends the list
    assert of(extract(nlp, "开发区重点发展项目包括年产10万吨钢管项目、新建厂房5万平方米等。")[1], "industry") == []
    text = "园区重点发展以下产业\n智能终端、轨道交通等产业集群。"
    assert set(industries_of(extract(nlp, text)[1])) == {"智能终端", "轨道交通"}


def test_a_zone_mentioned_in_passing_leaves_the_figures_to_the_subject(nlp):
    text = "绍兴高新区积极学习苏州工业园区的经验,今年完成投资40亿元。"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["绍兴高新区"]
    text = "嘉兴经开区主动对接上海漕河泾开发区,去年引进项目12个,总投资30亿元。"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["嘉兴经开区"]
    # decoys: two zones joined as the subject, or equally named in a text, give a figure neither
    for text in ("宁波经济技术开发区与宁波保税区携手招商,今年共完成投资80亿元。",
                 "合肥高新区、芜湖经开区发展迅速,今年完成投资100亿元。",
                 "合肥高新区今年发展迅速。芜湖经开区也表现良好。\n今年完成投资100亿元。"):
        assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None], text


def test_the_stages_of_one_products_chain_are_no_industries(nlp):
    text = "园区以集成电路设计、制造、封测为主导产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"集成电路设计"}
    text = "开发区主导产业为智能装备制造、现代物流。"
    assert set(industries_of(extract(nlp, text)[1])) == {"智能装备制造", "现代物流"}


def test_a_free_trade_zones_part_named_by_its_place(nlp):
    text = "南沙自贸片区今年新增企业1万家,完成投资100亿元。"
    _, records = extract(nlp, text)
    assert list(zones_of(records)) == ["南沙自贸片区"]
    assert [m["zone"] for m in of(records, "money")] == ["南沙自贸片区"]
    # decoy: all the parts together
    assert zones_of(extract(nlp, "各自贸片区完成投资100亿元。")[1]) == {}


def test_an_industry_list_item_longer_than_an_item_across_ji_and_the_cue_zhongdian_yinjin(nlp):
    text = "第三期占地607公顷,将重点引进不锈钢、铝材加工、新能源汽车零部件及光伏组件等产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"不锈钢", "铝材加工", "新能源汽车零部件", "光伏组件"}
    text = "园区主导产业为汽车及零部件、钛及钛合金。"
    assert set(industries_of(extract(nlp, text)[1])) == {"汽车及零部件", "钛及钛合金"}
    # decoys: firms brought in are no industries
    for text in ("开发区重点引进世界500强企业、央企等大企业。", "园区重点引进华为、中兴等企业。"):
        assert of(extract(nlp, text)[1], "industry") == [], text


def test_chuangxin_stands_inside_a_parks_name_after_its_place(nlp):
    text = "大理创新工业园区重点发展汽车及机械制造产业,今年完成投资20亿元。"
    _, records = extract(nlp, text)
    assert list(zones_of(records)) == ["大理创新工业园区"]
    assert [m["zone"] for m in of(records, "money")] == ["大理创新工业园区"]
    # decoys: 创新 as a verb with no place before it
    for decoy in ("鼓励企业创新工业园区管理模式,投资1亿元。", "推动协同创新产业园建设,投资2亿元。"):
        assert zones_of(extract(nlp, decoy)[1]) == {}, decoy


@pytest.mark.parametrize("raw, stored", [
    ("东川工业园区 22.5 58.6 46.2 光伏制造", "东川工业园区 22.5 58.6 46.2 光伏制造"),  # a row of figures keeps its cells
    ("合计 89.3 198.5 183.7 —", "合计 89.3 198.5 183.7 —"),
    ("投资 130 亿元", "投资130亿元"),  # decoys: a figure cut from its unit, thousands groups, a range
    ("投资 1 200 万元", "投资1200万元"),
    ("1 — 2 家", "1—2家"),
])
def test_single_spaces_between_a_rows_figures_are_kept(raw, stored):
    assert normalize_text(raw) == stored


def test_a_table_whose_units_are_in_its_column_headers(nlp):
    text = ("二、各园区发展情况\n表1 2011年各园区主要经济指标\n"
            "园区名称\t规划面积(平方公里)\t完成投资(亿元)\t工业增加值(亿元)\t主导产业\n"
            "东川工业园区 22.5 58.6 46.2 光伏制造、新材料\n"
            "表2 2012年各园区目标任务\n园区\t固定资产投资(亿元)\t新增工业用地(公顷)\n甘河工业园区\t100\t450\n")
    _, records = extract(nlp, text)
    money = sorted((m["value"], m["category"], m["target"], m["year"]) for m in of(records, "money"))
    assert money == [(4.62e9, "output", False, 2011), (5.86e9, "investment", False, 2011),
                     (1e10, "investment", True, 2012)]
    assert sorted(round(a["value"], 6) for a in of(records, "area")) == [4.5, 22.5]
    assert sorted((t["value"], t["year"]) for t in of(records, "target")) == [(4.5, 2012), (1e10, 2012)]


def test_a_ranking_table_laid_out_with_single_spaces_reads_per_unit_money(nlp):
    text = ("排名 开发区 综合得分 亩均税收(万元/亩) 单位面积产出(亿元/平方公里) R&D投入占比(%)\n"
            "1苏州工业园区 96.82 71.3 52.6 4.12\n")
    money = sorted((m["value"], m["category"]) for m in of(extract(nlp, text)[1], "money"))
    assert money == [(713000.0, "tax"), (5.26e9, "output")]
    # decoys: the score and the share are no money; prose with one unit in brackets is no table
    text = "园区面积(平方公里)较大\n东川 22.5 58.6\n"
    assert of(extract(nlp, text)[1], "money") == []


def test_a_note_under_a_table_dates_its_undated_figures(nlp):
    table = "开发区 亩均税收(万元/亩) 单位面积产出(亿元/平方公里)\n苏州工业园区 71.3 52.6\n"
    years = {m["year"] for m in of(extract(nlp, table + "注:亩均税收、单位面积产出均为2021年数据。\n")[1], "money")}
    assert years == {2021}
    # decoy: a line under the table that is no note leaves them undated
    years = {m["year"] for m in of(extract(nlp, table + "\n2021年全省开发区继续发展。\n")[1], "money")}
    assert years == {None}

def test_bases_and_pilot_zones_named_by_their_place(nlp):
    for text, name in (("宁东能源化工基地今年完成投资300亿元。", "宁东能源化工基地"),
                       ("柴达木循环经济试验区工业总产值达到500亿元。", "柴达木循环经济试验区")):
        _, records = extract(nlp, text)
        assert list(zones_of(records)) == [name], text
        assert [m["zone"] for m in of(records, "money")] == [name], text
    # decoys: a city's 科学城 by its place (GUIDE, settled in round 39g), a project's title, a metaphor, a firm's
    # production base
    for decoy in ("怀柔科学城29个科学设施平台全部开工,当年完成投资68亿元。", "广州科学城今年完成投资50亿元。",
                  "台南市政府积极推动沙仑智慧绿能科学城,投资1亿元。", "要把这里打造成一座科学城,投资1亿元。",
                  "奇正藏药拉萨生产基地投资1亿元。"):
        assert zones_of(extract(nlp, decoy)[1]) == {}, decoy


def test_a_science_city_is_no_zone_nor_a_short_form_of_its_places_other_parks(nlp):
    text = "中关村软件园完成扩区,新增用地26公顷。中关村科学城设立规模50亿元的基金。"
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {"中关村软件园"}
    assert [m["zone"] for m in of(records, "money")] == [None]


def test_a_former_names_mark_and_a_regions_zones_are_no_part_of_a_name(nlp):
    text = "拉萨高新区由原柳梧新区产业园区、拉萨文化创意产业园整合而成。"
    assert "柳梧新区产业园区" in zones_of(extract(nlp, text)[1])
    # decoys: 原 of a county's name stays; a region's zones together and a policy's round are no zone
    assert list(zones_of(extract(nlp, "原阳县产业集聚区投资1亿元。")[1])) == ["原阳县产业集聚区"]
    for decoy in ("苏南地区开发区优于苏中、苏北地区。", "在新一轮开发区扩区热潮中,规划面积动辄上百平方公里。"):
        assert zones_of(extract(nlp, decoy)[1]) == {}, decoy


def test_an_unquoted_short_form_defined_in_brackets(nlp):
    text = "宁东能源化工基地(以下简称宁东基地)债务余额312亿元。宁东基地有8个签约项目协议投资合计412亿元。"
    _, records = extract(nlp, text)
    assert zones_of(records) == {"宁东能源化工基地": ["宁东基地"]}
    assert [m["zone"] for m in of(records, "money")] == ["宁东能源化工基地"] * 2


def test_a_count_of_national_zones_and_two_parks_together_have_no_zone(nlp):
    for text in ("拉萨经开区今年完成投资10亿元。\n科技部统计显示,54家国家级高新区去年实现营业总收入7.8万亿元。",
                 "拉萨经开区今年完成投资10亿元。\n到2020年,两大园区生产总值要达到四百亿元。",
                 "银川经开区今年完成投资10亿元。\n有关园区已归还挪用资金1350万元。"):
        assert [m["zone"] for m in of(extract(nlp, text)[1], "money")][1:] == [None], text
    # decoy: one zone upgraded to a national one keeps its figures
    text = "经开区1998年升级为国家级经济技术开发区,规划面积150平方公里。"
    _, records = extract(nlp, "吉林经济技术开发区简介。\n" + text)
    assert [a["zone"] for a in of(records, "area")] == ["吉林经济技术开发区"]


def test_industries_before_a_copula_with_qi_and_as_a_zones_speciality(nlp):
    text = "襄樊高新区去年实现工业总产值560亿元,汽车及零部件是其支柱产业。"
    assert industries_of(extract(nlp, text)[1]) == {"汽车及零部件": ("pillar", "襄樊高新区")}
    text = "广州开发区规划面积约200平方公里,汽车、电子、化工为其支柱产业。"
    assert {n: r for n, (r, _) in industries_of(extract(nlp, text)[1]).items()} == {
        "汽车": "pillar", "电子": "pillar", "化工": "pillar"}
    text = "石嘴山经开区以稀有金属和新型煤化工为特色。"
    assert {n: r for n, (r, _) in industries_of(extract(nlp, text)[1]).items()} == {
        "稀有金属": "other", "新型煤化工": "other"}
    # decoy: a speciality that is no industry
    assert of(extract(nlp, "园区以科技创新为特色,投资1亿元。")[1], "industry") == []


def test_industry_lists_known_through_an_opening_adjective_or_a_joined_tail(nlp):
    text = "拉萨经开区将重点发展藏医药、高原绿色食品和天然饮用水。"
    assert set(industries_of(extract(nlp, text)[1])) == {"藏医药", "高原绿色食品", "天然饮用水"}
    text = "南川工业园重点发展藏毯和有色金属深加工。"
    assert set(industries_of(extract(nlp, text)[1])) == {"藏毯", "有色金属深加工"}
    text = "中关村将着力打造下一代互联网、移动通信和生物医药三个千亿级产业集群。"
    assert set(industries_of(extract(nlp, text)[1])) == {"下一代互联网", "移动通信", "生物医药"}
    # decoy: a list of unknown things after a weak cue stays out
    assert of(extract(nlp, "园区重点发展高端人才、先进理念。")[1], "industry") == []


# Round 8 of targets (precision, tuned on blind6 and blind7): sums over years just past, debts falling due, results
# compared with their plan, standards a rule sets.

def test_a_sum_over_years_is_a_plans_span_only_under_a_heading_of_goals(nlp):
    review = ("某市政府工作报告\n2022年1月\n一、过去五年工作回顾\n开发区五年累计完成固定资产投资约420亿元,"
              "三年累计引进项目260个。\n")
    assert of(extract(nlp, review)[1], "target") == []
    plan = ("某高新区三年行动方案\n2022年1月\n二、主要目标\n(三)投资。三年累计完成固定资产投资500亿元以上,"
            "累计引进亿元以上项目100个。\n")
    targets = {(t["value"], t["year"]) for t in of(extract(nlp, plan)[1], "target")}
    assert (5e10, 2024) in targets  # decoy: under goals it is the plan's span, from the report's year


def test_a_deadline_before_daoqi_is_when_a_debt_falls_due(nlp):
    text = ("2016年6月\n园区平台公司负有偿还责任的债务九十亿元,2016年至2017年到期需偿还的债务达到36亿元。"
            "其中甲公司债务余额达到20亿元。\n")
    assert of(extract(nlp, text)[1], "target") == []
    # decoy: a span of years with no 到期 after it still sets a deadline
    text = "2016年6月\n市财政每年安排专项资金3000万元,2016年至2018年累计不少于9000万元。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(9e7, 2018)]


def test_a_result_measured_against_its_plan_is_no_goal(nlp):
    text = ("某开发区2013年工作安排\n2013年3月\n五、存在的问题\n一是投资放缓,化工项目全年实际完成投资比计划减少4.2亿元;"
            "污水处理项目仅完成计划投资的41%。\n")
    assert of(extract(nlp, text)[1], "target") == []
    # decoy: 计划 before the figure it plans is still a goal
    text = "某开发区2013年工作安排\n2013年3月\n全年计划完成固定资产投资80亿元。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(8e9, 2013)]


def test_a_standard_a_rule_sets_after_yuanzeshang_is_no_goal(nlp):
    text = ("2023年,全市园区亩均税收力争达到30万元,入园项目投资强度原则上不低于每亩300万元,"
            "容积率原则上不低于1.2。\n")
    targets = [(t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")]
    assert targets == [(300000.0, "CNY")]  # the goal before the standards stays
    text = "到2025年,原则上每个园区主导产业不超过3个,每个主导产业要有2家以上龙头企业。\n"
    assert of(extract(nlp, text)[1], "target") == []  # the rule's clauses go on after 原则上


def test_a_figure_in_brackets_is_an_aside_not_a_goal(nlp):
    text = ("到2025年,重点建设园区污水处理厂(日处理能力8万吨),园区新增投资60亿令吉(约合人民币100亿元),"
            "引进企业50家。\n")
    _, records = extract(nlp, text)
    targets = sorted((t["value"], t["unit"]) for t in of(records, "target"))
    assert targets == [(50, "count"), (6e9, "other")]  # the goals outside the brackets stay
    assert [m["target"] for m in of(records, "money") if m["value"] == 1e10] == [True]  # still a goal's money


def test_a_figure_before_de_jichu_shang_is_where_a_change_starts(nlp):
    text = "到2025年,园区高新技术企业在现有800家的基础上翻一番,规上工业企业达到300家。\n"
    _, records = extract(nlp, text)
    assert [(t["value"], t["year"]) for t in of(records, "target")] == [(300, 2025)]
    money = of(extract(nlp, "到2025年,园区营业收入在2020年1200亿元的基础上翻一番。\n")[1], "money")
    assert [(m["target"], m["year"]) for m in money] == [(False, 2020)]


def test_last_year_after_bi_is_a_baseline_not_the_year_of_what_follows(nlp):
    text = ("拉萨两大园区上半年指标过半\n2017-07-26\n上半年园区固定资产投资比去年同期减少1.2亿元。"
            "管委会表示,将加快项目建设,确保全年固定资产投资达到36亿元。\n")
    targets = [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")]
    assert targets == [(3.6e9, 2017)]
    # decoy: 去年 on its own still dates its figures
    money = of(extract(nlp, "2017-07-26\n去年园区完成固定资产投资30亿元。\n")[1], "money")
    assert [m["year"] for m in money] == [2016]


# Round 9 of the target rules: recall, precision kept (docs/quality.md).

def test_a_years_plan_opened_by_its_time_reaches_the_clauses_it_lists(nlp):
    text = ("园区动态\n2021-03-02\n今年,滨江园区计划完成固定资产投资90亿元,新增规上工业企业25家,"
            "引进高层次人才120名。\n")
    targets = sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target"))
    assert targets == [(25, 2021), (120, 2021), (9e9, 2021)]
    text = "2022年,东湖园区计划实施重点项目80个,年度投资300亿元。\n"
    targets = sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target"))
    assert targets == [(80, 2022), (3e10, 2022)]
    # decoys: a clause marking its figure done or under way ends the plan's reach
    text = "园区动态\n2021-03-02\n今年,滨江园区计划完成固定资产投资90亿元,已建成项目12个,在建项目7个。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [9e9]


def test_quannian_after_a_years_plan_restates_that_year(nlp):
    text = ("园区动态\n2021-03-02\n高新区今年计划引进企业300家以上,全年实现营业收入四十亿元,新增就业岗位2000个。\n")
    targets = sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target"))
    assert targets == [(300, 2021), (2000, 2021), (4e9, 2021)]
    text = ("园区动态\n2016-12-20\n明年开发区将重点发展新材料产业,全年引进项目12个,完成投资20亿元。\n")
    targets = sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target"))
    assert targets == [(12, 2017), (2e9, 2017)]  # next year's whole year
    # decoys: a part of the year ends the reach; 今年 after 去年 is a year of its own
    text = "园区动态\n2021-06-02\n今年计划完成投资24亿元,1-5月份完成投资9.4亿元。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [2.4e9]
    text = "园区动态\n2010-03-02\n园区去年完成工业总产值30亿元,今年将新建标准化厂房10万平方米。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(0.1, 2010)]


def test_a_goal_each_year_has_no_deadline_year(nlp):
    text = "园区动态\n2022-05-10\n未来,科技城力争每年新引进项目30个以上,到2025年营业收入突破500亿元。\n"
    targets = sorted((t["value"], t["year"] or 0) for t in of(extract(nlp, text)[1], "target"))
    assert targets == [(30, 0), (5e10, 2025)]
    # decoy: under a plan's span stated before it, the rate is a goal of the span
    text = "园区规划\n2021-02-01\n“十四五”期间,全区每年安排新增工业用地指标不少于800亩。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [2025]
    # decoy: 年均 is an average up to the deadline, not a rate with no year
    text = "园区规划\n2021-02-01\n到2025年,园区工业增加值年均增长12%以上。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(12, 2025)]


def test_a_projects_planned_total_in_a_plan_has_no_year(nlp):
    text = ("某高新区三年行动方案(2023-2025年)\n2023年5月\n二、重点任务\n(一)新能源材料。产业园首期规划用地4500亩,"
            "已签约项目总投资216亿元,其中某锂电材料项目计划总投资85亿元,建成后年产正极材料10万吨。\n")
    targets = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert targets[8.5e9] is None
    # decoy: a year's set of projects, dated in its sentence
    text = "园区动态\n2018-04-02\n今年全区共安排重点项目70个,计划总投资420亿元。\n"
    targets = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert targets[4.2e10] == 2018


def test_a_byline_dated_in_chinese_numerals_with_circle_zeros_dates_the_report():
    from extractors.context import document_year
    assert document_year("某市“十一五”开发区发展规划(2006-2010年)\n二○○五年十一月\n前言\n") == 2005
    assert document_year("某市开发区工作要点\n二〇一二年三月\n") == 2012
    # decoy: a year in the title with no byline stays the title's
    assert document_year("某市“十一五”开发区发展规划(2006-2010年)\n前言\n") == 2010


def test_under_a_later_deadline_leiji_in_a_plan_dated_in_chinese_numerals_sums_up_goals(nlp):
    text = ("某市“十一五”园区发展规划(2006-2010年)\n二○○五年十一月\n二、发展目标\n"
            "十一五末,园区累计完成固定资产投资200亿元,引进项目150个以上。\n")
    targets = sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target"))
    assert targets == [(150, 2010), (2e10, 2010)]


def test_a_count_after_xianyou_is_the_stock_a_change_starts_from(nlp):
    text = "到2010年,将现有近120个镇级园区整合为20个左右,园区数量原有85个的县压减至10个以内。\n"
    targets = sorted(t["value"] for t in of(extract(nlp, text)[1], "target"))
    assert 120 not in targets and 85 not in targets and 20 in targets


def test_spindles_are_a_count_goal(nlp):
    text = "到2020年,纺织服装产业园纺纱规模力争达到300万锭,带动就业3万人。\n"
    targets = sorted((t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target"))
    assert targets == [(30000, "people"), (3e6, "count")]
    # decoy: a mill's spindles as a past result stay no goal
    assert of(extract(nlp, "2018年,纺织服装产业园已建成纺纱规模200万锭。\n")[1], "target") == []


def test_a_projects_planned_total_is_not_dated_by_when_it_is_to_be_done(nlp):
    # GUIDE (round 29g): the completion date dates the event, not the project's whole total
    text = ("园区动态\n2012-05-03\n园区新引进的年产陶瓷5万吨项目,计划总投资4.2亿元,占地300亩,预计2014年建成投产。\n")
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(4.2e8, None)]
    # a planned spend that is not the whole total is what is to be spent by then
    text = ("园区动态\n2023-05-03\n一期项目计划投资7.8亿元,力争2024年12月底前竣工投产。\n")
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(7.8e8, 2024)]
    # decoy: a year after the figure that is no completion (its founding) does not date it
    text = ("某高新区三年行动方案(2023-2025年)\n2023年5月\n二、重点任务\n其中某材料项目计划总投资30亿元,"
            "其母公司2010年成立。\n")
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(3e9, None)]
def test_bare_gaoxinqu_is_the_zone_whose_short_form_the_text_defined_with_it(nlp):
    text = ("记者从铜仁经济开发区和铜仁高新技术产业开发区(以下简称铜仁高新区)获悉。\n"
            "高新区:电子信息产业加快集聚\n"
            "上半年高新区完成固定资产投资12亿元,新签约项目18个。\n")
    _, records = extract(nlp, text)
    assert [m["zone"] for m in of(records, "money")] == ["铜仁高新技术产业开发区"]
    assert "高新区" not in zones_of(records)["铜仁高新技术产业开发区"]  # read as the zone, yet no alias (round 46g)
    # decoy: with no short form defined, a bare 高新区 may speak of hitech zones in general
    text = ("宝鸡高新技术产业开发区规划面积118平方公里。\n"
            "全市开发区建设提速。高新区全年完成固定资产投资286亿元。\n")
    assert zones_of(extract(nlp, text)[1]) == {"宝鸡高新技术产业开发区": []}  # 高新区 is no mention of it


def test_a_zone_word_in_brackets_inside_a_name_is_part_of_it(nlp):
    text = ("重点扶持佛山顺德(新区)产业园、佛山南海工业园等镇级园区。顺德产业园2005年完成工业产值80亿元,"
            "以家电和五金为主导产业。\n")
    _, records = extract(nlp, text)
    assert zones_of(records)["佛山顺德(新区)产业园"] == ["顺德产业园"]
    assert {r["zone"] for r in records if r["type"] != "zone"} == {"佛山顺德(新区)产业园"}
    # decoy: a bracketed zone word after a generic word names nothing
    assert zones_of(extract(nlp, "园区(新区)工业园完成投资5亿元。\n")[1]) == {}


def test_a_joining_word_before_a_list_comma_pairs_words_inside_items(nlp):
    text = "滨海经开区以集成电路、智能网联汽车和车联网、医疗器械和生物药为主导产业,规划面积20平方公里。\n"
    names = {i["name"] for i in of(extract(nlp, text)[1], "industry")}
    assert names == {"集成电路", "智能网联汽车和车联网", "医疗器械和生物药"}
    # a different joining word at the end closes the list
    text = "滨海经开区以船舶与海工装备、精细化工和清洁能源为主导产业。\n"
    names = {i["name"] for i in of(extract(nlp, text)[1], "industry")}
    assert names == {"船舶与海工装备", "精细化工", "清洁能源"}
    # decoy: with no joining word before a comma, 和 closes the list as usual
    text = "滨海经开区以冶金、装备制造和新材料为主导产业。\n"
    assert {i["name"] for i in of(extract(nlp, text)[1], "industry")} == {"冶金", "装备制造", "新材料"}


def test_a_park_named_without_a_place_beside_its_placed_siblings(nlp):
    text = ("台南园区完成投资50亿元。高雄园区新增用地800亩。生医园区完成投资30亿元;"
            "生医园区全年供应产业用地600亩。\n")
    _, records = extract(nlp, text)
    assert "生医园区" in zones_of(records)
    assert {r["text"]: r["zone"] for r in records if r["type"] == "money"}["30亿元"] == "生医园区"
    # decoys: no placed siblings, or said once: a plan's words, not a park
    assert zones_of(extract(nlp, "生医园区完成投资30亿元。生医园区新增用地600亩。\n")[1]) == {}
    text = "台南园区完成投资50亿元。高雄园区新增用地800亩。打造一座园区。智慧园区要有远见。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"台南园区", "高雄园区"}


def test_a_part_of_a_province_before_a_zone_word_is_its_zones_together(nlp):
    for text in ("考核结果显示,苏北开发区亩均税收普遍偏低。\n", "要带动豫东开发区协同发展。\n"):
        assert zones_of(extract(nlp, text)[1]) == {}
    # decoys: a place cpca knows (湘西), and a part of a province before a qualifier
    assert "湘西经济开发区" in zones_of(extract(nlp, "湘西经济开发区完成投资5亿元。\n")[1])
    assert "宁东能源化工基地" in zones_of(extract(nlp, "重点审计了宁东能源化工基地的债务。\n")[1])


def test_a_place_named_bio_city_is_a_zone_and_a_bracketed_name_stays_an_alias(nlp):
    text = "由高新区共建的杭州钱塘国际生物城(以下简称“生物城”),规划面积30平方公里。生物城完成投资20亿元。\n"
    _, records = extract(nlp, text)
    assert zones_of(records) == {"杭州钱塘国际生物城": ["生物城"]}
    assert {r["zone"] for r in records if r["type"] == "money"} == {"杭州钱塘国际生物城"}
    # a park's own name in brackets after another name is that zone's alias, not a zone of its own
    text = "武汉国家生物产业基地(光谷生物城)全年实现收入820亿元。光谷生物城新引进企业146家。\n"
    assert zones_of(extract(nlp, text)[1]) == {"武汉国家生物产业基地": ["光谷生物城"]}
    # decoy: no place, no zone
    assert zones_of(extract(nlp, "打造一座生物城,完成投资5亿元。\n")[1]) == {}


def test_a_list_item_headed_by_a_parks_phase_speaks_of_that_park(nlp):
    text = ("银川高新技术产业开发区下半年重点项目:\n"
            "——宁夏智能终端产业园二期:计划总投资9亿元,规划用地150亩;\n"
            "——银川高新区标准厂房:总投资2亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] != "zone"}
    assert zone_of["150亩"] == "宁夏智能终端产业园"
    # decoy: a phase named inside a sentence is a project built in the zone
    text = "银川高新技术产业开发区今年开工宁夏智能终端产业园二期,完成投资9亿元。\n"
    assert [r["zone"] for r in of(extract(nlp, text)[1], "money")] == ["银川高新技术产业开发区"]


def test_a_full_name_found_once_is_that_zone_wherever_it_is_written_again(nlp):
    text = ("——格桑净土健康孵化园二期:总投资1.5亿元。\n"
            "拉萨经济技术开发区完成投资32亿元,新建的格桑净土健康孵化园占地80亩,首期投资八千万元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] != "zone"}
    assert zone_of["80亩"] == "格桑净土健康孵化园"
    assert zone_of["32亿元"] == "拉萨经济技术开发区"


def test_a_bare_zone_word_in_a_paragraph_headed_by_a_zone_whose_short_form_ends_so(nlp):
    text = ("南通经济技术开发区(南通开发区)。2021年完成工业总产值2100亿元。\n"
            "合肥高新技术产业开发区(合肥高新区)。2021年实现营业收入3050亿元。"
            "高新区将重点发展智能语音和量子信息,2022年计划新增标准厂房60万平方米。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] != "zone"}
    assert zone_of["60万平方米"] == "合肥高新技术产业开发区"
    assert {i["zone"] for i in of(extract(nlp, text)[1], "industry")} == {"合肥高新技术产业开发区"}
    # decoy: a bare word no form of the paragraph's zone ends with speaks of another zone
    text = ("南通经济技术开发区(南通开发区)。2021年完成工业总产值2100亿元。\n"
            "合肥高新技术产业开发区(合肥高新区)。2021年实现营业收入3050亿元。保税区新增标准厂房60万平方米。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] != "zone"}
    assert zone_of["60万平方米"] is None


def test_a_word_inside_one_zones_name_and_its_suffix_is_a_short_form(nlp):
    text = ("横琴新区规划面积106平方公里。与之相邻的粤澳合作中医药科技产业园规划用地50公顷。\n"
            "中医药产业园负责人介绍,园区首期投入约11.4亿澳门元。\n")
    _, records = extract(nlp, text)
    assert zones_of(records)["粤澳合作中医药科技产业园"] == ["中医药产业园"]
    assert [m["zone"] for m in of(records, "money")] == ["粤澳合作中医药科技产业园"]
    # decoy: the word is inside two zones' names, which one is unknown
    text = ("珠海中医药科技产业园和粤澳合作中医药科技产业园各规划用地50公顷。\n"
            "中医药产业园负责人介绍,首期投入约11.4亿澳门元。\n")
    assert "中医药产业园" not in {a for aliases in zones_of(extract(nlp, text)[1]).values() for a in aliases}
    # decoy: the word ends a longer qualifier (全市数字经济产业园), it starts no name
    text = "万州数字经济产业园开园。全市数字经济产业园营业收入30亿元。\n"
    assert zones_of(extract(nlp, text)[1]) == {"万州数字经济产业园": []}


def test_a_verb_that_is_also_a_county_name_does_not_start_a_zone_name(nlp):
    text = "批转市工业和信息化局会同南宁高新技术产业开发区管委会认真研究办理。南宁高新区主导产业为电子信息。\n"
    _, records = extract(nlp, text)
    assert zones_of(records) == {"南宁高新技术产业开发区": ["南宁高新区"]}
    assert [i["zone"] for i in of(records, "industry")] == ["南宁高新技术产业开发区"]
    # decoy: the county written with its 县 still names its zone
    assert zones_of(extract(nlp, "会同县工业集中区规划面积10平方公里。\n")[1]) == {"会同县工业集中区": []}


@pytest.mark.parametrize("text", [
    "感谢您对南宁产业园区发展的关心和支持。",  # a prefecture's parks together
    "泉州市工业园区发展基金已于2018年5月设立,总规模50亿元。",  # the city written with 市: its parks together
])
def test_a_prefecture_and_a_bare_park_word_speak_of_the_citys_parks(nlp, text):
    assert of(extract(nlp, text)[1], "zone") == []


def test_a_prefecture_without_its_city_word_before_industrial_park_still_names_one(nlp):
    # decoy: 苏州工业园区 is one park; 清镇市 is a county-level city
    _, records = extract(nlp, "苏州工业园区规划面积278平方公里。清镇市工业园区完成投资30亿元。\n")
    assert set(zones_of(records)) == {"苏州工业园区", "清镇市工业园区"}


def test_a_science_parks_qualifier_after_a_region_word_is_no_short_form_of_it(nlp):
    # 南部 leads the name as a region word: 科学园 is any science park (三大科学园区), not 南部科学工业园区
    text = ("南部科学工业园区(简称南科)前三季营业额为新台币8,655亿元。\n"
            "全国三大科学园区前三季营业额合计新台币3兆1,860亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["新台币8,655亿元"] == "南部科学工业园区"
    assert zone_of["新台币3兆1,860亿元"] is None
    # decoy: a real place before the qualifier still shortens to the qualifier and 园
    text = "吉林碳纤维产业园规划面积10平方公里。\n碳纤维园完成投资5亿元。\n"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["吉林碳纤维产业园"]


def test_a_place_park_after_a_defined_short_form_is_named_with_it(nlp):
    text = ("中部科学工业园区(以下简称中科)前三季营业额达新台币7,912亿元。台中园区仍为中科营运主力。"
            "中科台中园区扩建二期计划开发面积约65公顷。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"中部科学工业园区": ["中科"], "中科台中园区": ["台中园区"]}
    assert [a["zone"] for a in of(records, "area")] == ["中科台中园区"]
    # decoy: a short form the text does not define leaves the place's park its own name
    text = "新竹科学工业园区去年营业额为新台币1兆231亿元。由于竹科宜兰园区、竹南园区用地已近饱和,宜兰园区将扩建。\n"
    assert zones_of(extract(nlp, text)[1]) == {"新竹科学工业园区": ["竹科"], "宜兰园区": [], "竹南园区": []}


@pytest.mark.parametrize("text", [
    "南部产业集聚区完成投资10亿元。",  # a direction alone (南部 is also a county) needs its place
    "前三季营业额年增22.1%,续居三大工业园区之冠。",  # a count of zones
    "全省十大产业园区营业收入合计3000亿元。",
])
def test_a_direction_alone_or_a_count_names_no_zone(nlp, text):
    assert of(extract(nlp, text)[1], "zone") == []


def test_a_direction_and_a_qualifier_still_name_a_zone(nlp):
    # decoy: a direction with a qualifier after it leads a name; a numeral inside a place's name is no count
    _, records = extract(nlp, "南部科学工业园区营业额8,655亿元。吉林九站工业园规划面积5平方公里。\n")
    assert set(zones_of(records)) == {"南部科学工业园区", "吉林九站工业园"}


def test_a_place_and_science_park_names_a_zone_its_place_park_shortens(nlp):
    text = ("南部科学园区管理局辖下新设之屏东科学园区(以下简称屏东园区)公共工程已大致完成。"
            "屏东园区面积约73公顷。全国三大科学园区前三季营业额合计新台币3兆1,860亿元。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"屏东科学园区": ["屏东园区"]}
    assert {r["text"]: r["zone"] for r in records if r["type"] in ("area", "money")} == {
        "约73公顷": "屏东科学园区", "新台币3兆1,860亿元": None}


def test_a_defined_short_form_hidden_by_the_words_around_it_is_still_its_zones(nlp):
    # jieba reads 年前 (before the new year) in 2020年前海合作区: the short form is found again only as written
    text = ("根据方案,前海深港现代服务业合作区(下称前海合作区)总面积由14.92平方公里扩展至120.56平方公里。"
            "数据显示,2020年前海合作区实现地区生产总值1,728.5亿元人民币。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"前海深港现代服务业合作区": ["前海合作区"]}
    assert [m["zone"] for m in of(records, "money")] == ["前海深港现代服务业合作区"]
    # decoy: a full name written again stays its own zone
    text = "新建的格桑净土健康孵化园占地80亩。\n格桑净土健康孵化园首期投资八千万元。\n"
    assert zones_of(extract(nlp, text)[1]) == {"格桑净土健康孵化园": []}


def test_a_named_locality_leads_a_cooperation_zones_name(nlp):
    text = ("深圳市政府新闻办昨日介绍了河套深港科技创新合作区(下称河套合作区)的最新进展。"
            "河套合作区总面积约3.89平方公里。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"河套深港科技创新合作区": ["河套合作区"]}
    assert [a["zone"] for a in of(records, "area")] == ["河套深港科技创新合作区"]
    # decoy: 河套地区 (the loop's land) is no zone
    assert of(extract(nlp, "香港一侧的落马洲河套地区面积0.87平方公里。\n")[1], "zone") == []


def test_a_provincial_new_area_is_a_zone(nlp):
    text = ("主会场所在的宁波前湾新区,是浙江省委、省政府确定的省级新区,规划面积604平方公里。"
            "去年,前湾新区完成规上工业总产值3120亿元。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"宁波前湾新区": ["前湾新区"]}
    assert [m["zone"] for m in of(records, "money")] == ["宁波前湾新区"]
    # decoy: a city's own new district is no zone
    assert of(extract(nlp, "宁波城东新区规划面积20平方公里。\n")[1], "zone") == []


def test_a_notices_addressee_line_naming_a_zone_is_no_heading(nlp):
    text = ("泉州市人民政府关于印发促进工业园区高质量发展若干措施的通知\n"
            "各县(市、区)人民政府,泉州经济技术开发区管委会,市人民政府各部门:\n"
            "第一条 对多层标准化厂房,按建筑面积每平方米补助100元,单个项目最高补助300万元。\n"
            "第十六条 晋江经济开发区纺织鞋服、食品饮料两大支柱产业优势明显。\n"
            "第十八条 南安高新技术产业园区规划面积12.08平方公里。\n")
    _, records = extract(nlp, text)
    assert [m["zone"] for m in of(records, "money")] == [None, None]
    # decoy: a heading line that is only the zone's name still heads its section
    text = ("泉州经济技术开发区:\n"
            "对多层标准化厂房,按建筑面积每平方米补助100元,单个项目最高补助300万元。\n")
    assert {m["zone"] for m in of(extract(nlp, text)[1], "money")} == {"泉州经济技术开发区"}


def test_a_clause_naming_a_zone_only_as_an_object_lends_it_no_facts(nlp):
    text = ("中部科学工业园区(以下简称中科)营业额达新台币7,912亿元。中科营业额创新高。\n"
            "工业局表示,彰滨工业区仑尾东区尚有可售产业用地约42公顷,将优先提供中科供应链厂商设厂,"
            "并计划投入新台币600亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["新台币600亿元"] == "彰滨工业区"
    # decoy: a clause whose subject is a zone lends it on
    text = ("彰滨工业区面积约3,643公顷。中部科学工业园区(以下简称中科)营业额达新台币7,912亿元,"
            "中科将扩建园区,并计划投入新台币600亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["新台币600亿元"] == "中部科学工业园区"


def test_taiwans_by_with_cues_name_a_parks_industries(nlp):
    text = ("中部科学工业园区(以下简称中科)前三季营业额达新台币7,912亿元。"
            "中科以积体电路、光电及精密机械为主要产业聚落。\n"
            "二林园区以精密机械、绿能及半导体设备为引进产业。\n"
            "彰滨工业区将以绿能、金属制品及自行车产业为招商主轴。\n")
    found = {(i["name"], i["role"], i["zone"]) for i in of(extract(nlp, text)[1], "industry")}
    assert found == {("积体电路", "cluster", "中部科学工业园区"), ("光电", "cluster", "中部科学工业园区"),
                     ("精密机械", "cluster", "中部科学工业园区"), ("精密机械", "planned", "二林园区"),
                     ("绿能", "planned", "二林园区"), ("半导体设备", "planned", "二林园区"),
                     ("绿能", "planned", "彰滨工业区"), ("金属制品", "planned", "彰滨工业区"),
                     ("自行车", "planned", "彰滨工业区")}
    # decoy: a share of the park's output names no industry of a role
    assert of(extract(nlp, "其中积体电路产业营业额占中科总营业额近8成,光电、精密机械产业分居第2、第3位。\n")[1],
              "industry") == []


def test_a_sentence_about_the_whole_city_takes_no_zone_from_the_document(nlp):
    text = ("宁波前湾新区规划面积604平方公里。前湾新区完成规上工业总产值3120亿元。前湾新区完成固定资产投资436亿元。\n"
            "记者从市统计局获悉,今年1—2月,全市完成固定资产投资98.4亿元。\n"
            "今年,我市将安排制造业高质量发展专项资金10亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["3120亿元"] == "宁波前湾新区"
    assert zone_of["98.4亿元"] is None and zone_of["10亿元"] is None
    # decoy: the city's own zone, written with 我市 before its zone word, is the document's zone
    text = ("沁阳市产业集聚区\n我市产业集聚区规划面积由原来的15.8平方公里扩增到23.8平方公里。\n")
    assert {a["zone"] for a in of(extract(nlp, text)[1], "area")} == {"沁阳市产业集聚区"}


def test_a_zones_main_line_of_attack_is_a_planned_industry(nlp):
    _, records = extract(nlp, "株洲经济开发区规划面积20平方公里。株洲经开区主攻汽车及零部件;醴陵经开区主攻陶瓷。\n")
    assert {(i["name"], i["role"]) for i in of(records, "industry")} >= {("汽车及零部件", "planned")}
    # decoy: a task after the cue is no industry
    assert of(extract(nlp, "下一步,开发区将主攻项目建设和招商引资。\n")[1], "industry") == []


def test_a_zone_word_before_a_count_of_industries_is_no_industry(nlp):
    text = "杨凌农业高新技术产业示范区规划面积135平方公里。\n2010年,示范区四大主导产业实现总产值86.3亿元,增长29.6%。\n"
    assert of(extract(nlp, text)[1], "industry") == []
    # decoy: the industries listed before the count still are
    text = "示范区以现代农业、生物医药和农产品加工为主导产业。\n"
    assert {i["name"] for i in of(extract(nlp, text)[1], "industry")} == {"现代农业", "生物医药", "农产品加工"}


def test_a_policys_article_headed_by_a_zone_speaks_of_it(nlp):
    text = ("第十五条 泉州经济技术开发区。泉州经开区规划面积20.57平方公里。\n"
            "第十六条 晋江经济开发区。晋江经开区纺织鞋服优势明显。区内的晋江集成电路产业园规划面积13.4平方公里。"
            "2017年,全区实现规模以上工业产值486亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["486亿元"] == "晋江经济开发区"
    # decoy: an article whose first sentence says more than a zone's name heads nothing
    text = ("第十五条 泉州经济技术开发区规划面积20.57平方公里。\n"
            "第十六条 支持晋江经济开发区和晋江集成电路产业园建设。2017年,全区实现规模以上工业产值486亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["486亿元"] != "晋江经济开发区"


def test_an_industrys_firms_name_the_industry(nlp):
    # Taiwan writes a park's industries as their firms (厂商)
    text = "虎尾园区以光电及生物科技厂商为主,今年已新增核准投资案4件。\n"
    assert {(i["name"], i["role"]) for i in of(extract(nlp, text)[1], "industry")} == {
        ("光电", "leading"), ("生物科技", "leading")}
    # decoy: firms of a size, or firms in general, are no industry
    for text in ("园区以中小型厂商为主。\n", "园区以本地厂商为主。\n"):
        assert of(extract(nlp, text)[1], "industry") == [], text


def test_a_list_of_industries_a_park_actively_attracts_is_planned(nlp):
    text = "中部科学工业园区近年并积极引进生物科技及智慧机械厂商,朝向智慧制造的目标转型。\n"
    assert {(i["name"], i["role"]) for i in of(extract(nlp, text)[1], "industry")} == {
        ("生物科技", "planned"), ("智慧机械", "planned")}
    # decoy: what a park attracts besides industries (capital, firms, people) is none
    for text in ("园区积极引进外资、技术和人才。\n", "园区积极引进国内外知名企业和研发机构。\n",
                 "园区积极引进龙头企业。\n"):
        assert of(extract(nlp, text)[1], "industry") == [], text


def test_a_zone_a_clause_describes_is_the_subject_of_the_clauses_after_it(nlp):
    text = ("中部科学工业园区(以下简称中科)营业额达新台币7,912亿元。中科营业额创新高。\n"
            "经济部工业局指出,位于彰化县鹿港镇的彰滨工业区,面积约3,643公顷,已成为中科上下游产业的重要后援基地。\n")
    assert [a["zone"] for a in of(extract(nlp, text)[1], "area")] == ["彰滨工业区"]
    # decoy: a zone after 的 that does not close its clause is no subject (支持的彰滨工业区项目)
    text = ("中部科学工业园区(以下简称中科)营业额达新台币7,912亿元。中科营业额创新高。\n"
            "经济部工业局指出,获得支持的彰滨工业区项目已开工,面积约42公顷,中科将提供配套。\n")
    assert [a["zone"] for a in of(extract(nlp, text)[1], "area")] != ["彰滨工业区"]


# Round 11: tables in pipes and commas, and the words of an approval list (tuned on the tenth blind set).


def test_an_approved_area_is_the_zones_planned_area(nlp):
    text = ("全省开发区批准面积合计1286.4平方公里。山东龙口经济开发区核准面积12.5平方公里,托管面积96平方公里。\n")
    assert [(a["value"], a["kind"]) for a in of(extract(nlp, text)[1], "area")] == [
        (1286.4, "planned"), (12.5, "planned"), (96, "administered")]
    # decoys: an approval of land for a project is land use; an approval alone says nothing of the area
    text = "经省政府批准,新增建设用地200亩。园区经批准扩区后面积达到20平方公里。\n"
    assert [(a["value"], a["kind"]) for a in of(extract(nlp, text)[1], "area")] == [
        (round(200 / 1500, 6), "land_use"), (20, "other")]


def test_debts_and_borrowings_are_financing(nlp):
    text = ("园区平台公司政府性债务余额689.3亿元,其中短期借款86,300.00万元,一年内到期的非流动负债154,820.00万元。"
            "开发区建设投资公司负债总额达到86亿元。\n")
    assert [(m["value"], m["category"]) for m in of(extract(nlp, text)[1], "money")] == [
        (6.893e10, "financing"), (8.63e8, "financing"), (1.5482e9, "financing"), (8.6e9, "financing")]
    # a company's total assets, as FACTS.md's 资产规模
    text = "截至2022年6月30日,公司总资产68.35亿元。| 资产总额 | 2,934,718.56万元 |\n"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["financing", "financing"]
    # decoys: the clause's own cue wins over a debt named before it; a revenue beside a debt stays revenue
    text = "公司债务余额10亿元,当年实现营业收入5亿元,完成投资3亿元。\n"
    assert [(m["value"], m["category"]) for m in of(extract(nlp, text)[1], "money")] == [
        (1e9, "financing"), (5e8, "revenue"), (3e8, "investment")]


def test_a_unit_table_column_naming_its_year_is_of_that_year(nlp):
    text = ("表3重点园区主要审计数据(截至2014年底)\n园区名称 闲置土地(亩) 债务余额(亿元) 2014年工业总产值增速(%)\n"
            "银川经济技术开发区 2130 126.8 -3.2\n宁东能源化工基地 4760 296.5 2.7\n")
    _, records = extract(nlp, text)
    assert [(m["text"], m["value"], m["category"], m["year"]) for m in of(records, "money")] == [
        ("126.8", 1.268e10, "financing", 2014), ("296.5", 2.965e10, "financing", 2014)]
    assert [(a["text"], a["zone"]) for a in of(records, "area")] == [("2130", "银川经济技术开发区"),
                                                                     ("4760", "宁东能源化工基地")]
    # a column's own year wins over the title's, for that column only
    text = "表1 2016年各园区主要指标\n园区  2015年工业总产值(亿元)  完成投资(亿元)\n甲山工业园区  100  20\n"
    assert [(m["value"], m["category"], m["year"]) for m in of(extract(nlp, text)[1], "money")] == [
        (1e10, "output", 2015), (2e9, "investment", 2016)]
    # decoy: a year column of indicators (2014年 over bare figures, no unit) is still no unit column
    text = "指标  2014年  2015年\n工业总产值  100  120\n"
    assert of(extract(nlp, text)[1], "money") == []


def test_a_table_saved_as_comma_separated_values(nlp):
    text = ("2015年3月20日\n附件:2015年省级以上开发区名录\n\n"
            "序号,开发区名称,级别,批准面积(公顷),主导产业,2014年工业总产值(亿元),批准文号\n"
            "1,成都高新技术产业开发区,国家级,2150.00,\"电子信息、生物医药\",4235.6,国函〔1991〕12号\n"
            "2,宜宾临港经济技术开发区,国家级,2050.00,\"综合能源、现代物流\",—,国办函〔2014〕22号\n"
            "合计,本表所列2个开发区,,4200.00,,4235.6,\n")
    _, records = extract(nlp, text)
    assert [(a["text"], a["value"], a["kind"], a["zone"]) for a in of(records, "area")] == [
        ("2150.00", 21.5, "planned", "成都高新技术产业开发区"), ("2050.00", 20.5, "planned", "宜宾临港经济技术开发区"),
        ("4200.00", 42.0, "planned", None)]
    assert [(m["text"], m["category"], m["year"], m["zone"]) for m in of(records, "money")] == [
        ("4235.6", "output", 2014, "成都高新技术产业开发区"), ("4235.6", "output", 2014, None)]
    # decoys: prose whose Chinese commas are stored as ',' does not line up into a table, nor does one line
    text = ("2015年3月20日\n园区名称,规划面积(公顷),完成投资(亿元),主导产业\n"
            "今年,开发区,新增企业,100,家左右。\n甲工业园区,200,30,电子\n\n"
            "开发区,规划面积(公顷),投资(亿元),备注\n")
    assert of(extract(nlp, text)[1], "money") == of(extract(nlp, text)[1], "area") == []


def test_industries_in_a_comma_separated_tables_column(nlp):
    text = ("序号,开发区名称,级别,主导产业,批准文号\n"
            "1,成都高新技术产业开发区,国家级,\"电子信息、生物医药、现代服务业\",国函〔1991〕12号\n"
            "2,四川射洪经济开发区,省级,\"锂电新材料、食品饮料\",川府函〔2006〕184号\n")
    assert industries_of(extract(nlp, text)[1]) == {
        "电子信息": ("leading", "成都高新技术产业开发区"), "生物医药": ("leading", "成都高新技术产业开发区"),
        "现代服务": ("leading", "成都高新技术产业开发区"), "锂电新材料": ("leading", "四川射洪经济开发区"),
        "食品饮料": ("leading", "四川射洪经济开发区")}
    # decoy: prose stored with ',' for its commas lists no column's industries
    text = "园区,主导产业,级别,备注\n今年,园区,引进电子信息,生物医药企业。\n"
    assert of(extract(nlp, text)[1], "industry") == []


def test_a_pipe_table_under_a_unit_line_reads_its_year_columns(nlp):
    text = ("2020年6月18日\n表4-1 发行人最近三年营业收入构成\n单位:万元、%\n"
            "| 业务板块 | 2018年 | 占比 | 2019年 | 占比 |\n"
            "| 基础设施代建 | 104,318.75 | 68.94 | 112,406.82 | 65.37 |\n"
            "| 综合毛利率 | 12.50 | — | 13.10 | — |\n"
            "| 合计 | 151,314.78 | 100.00 | 171,954.79 | 100.00 |\n\n"
            "表6-1 主要财务数据及指标\n单位:万元\n| 项目 | 2019年末/度 | 2018年末/度 |\n"
            "| 负债总额 | 1,548,266.39 | 1,391,874.02 |\n| 资产负债率(%) | 52.76 | 52.38 |\n"
            "| 流动比率(倍) | 4.62 | 4.85 |\n")
    money = [(m["text"], m["value"], m["category"], m["year"], m["target"]) for m in of(extract(nlp, text)[1], "money")]
    assert money == [("104,318.75", 1043187500, "revenue", 2018, False), ("112,406.82", 1124068200, "revenue", 2019, False),
                     ("151,314.78", 1513147800, "revenue", 2018, False), ("171,954.79", 1719547900, "revenue", 2019, False),
                     ("1,548,266.39", 15482663900, "financing", 2019, False),
                     ("1,391,874.02", 13918740200, "financing", 2018, False)]
    # decoys: with no unit line a table's bare figures are not read; a unit line not right above it gives none
    text = "| 项目 | 2019年 | 2018年 |\n| 营业收入 | 171,954.79 | 151,314.78 |\n"
    assert of(extract(nlp, text)[1], "money") == []
    text = "单位:万元\n\n| 项目 | 2019年 | 2018年 |\n| 营业收入 | 171,954.79 | 151,314.78 |\n"
    assert of(extract(nlp, text)[1], "money") == []


def test_a_thousand_or_hundred_yuan_alone_is_a_unit_of_account(nlp):
    text = "分部资料\n                二零一八年      二零一七年\n                人民币千元      人民币千元\n每百元营业收入中的成本为85元。\n"
    assert [m["text"] for m in of(extract(nlp, text)[1], "money")] == ["85元"]
    # decoys: with a number or a modifier it is an amount
    text = "本集团录得收益人民币1,286,452千元。人均收入超千元。奖励三千元。\n"
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [1286452000, 1000, 3000]


def test_a_hong_kong_reports_shouyi_is_revenue_but_not_per_share(nlp):
    text = "二零一八年,本集团录得收益人民币1,286,452千元。年内,该园区实现物业销售收益人民币302,618千元。\n"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["revenue", "revenue"]
    # decoy: earnings per share are no revenue
    text = "公司净利润为3.15亿元,基本每股收益0.79元。\n"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["other", "other"]


def test_a_spaced_table_with_a_unit_row_under_its_years_in_chinese_numerals(nlp):
    table = ("分部资料——产业园业务\n"
             "                         二零一八年      二零一七年\n"
             "                         {unit}      {unit}\n"
             "物业销售收益              685,230        572,186\n"
             "租金及管理费收入          436,892        378,540\n"
             "合计                    1,121,122        950,726\n")
    money = [(m["text"], m["value"], m["currency"], m["category"], m["year"])
             for m in of(extract(nlp, table.format(unit="人民币千元"))[1], "money")]
    assert money == [("685,230", 685230000, "CNY", "revenue", 2018), ("572,186", 572186000, "CNY", "revenue", 2017),
                     ("436,892", 436892000, "CNY", "revenue", 2018), ("378,540", 378540000, "CNY", "revenue", 2017),
                     ("1,121,122", 1121122000, "CNY", "revenue", 2018), ("950,726", 950726000, "CNY", "revenue", 2017)]
    assert [m["currency"] for m in of(extract(nlp, table.format(unit="  港币千元"))[1], "money")] == ["HKD"] * 6
    # a total of rows of different kinds of money is of no one kind
    text = ("                 2018年      2017年\n                 万元        万元\n"
            "营业收入          500          400\n税收收入          50           40\n合计              550          440\n")
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["revenue", "revenue", "tax", "tax",
                                                                          "other", "other"]
    # decoys: a row under the years naming two units, or a percentage, gives the table no unit
    assert of(extract(nlp, table.format(unit="人民币千元").replace("人民币千元      人民币千元",
                                                                  "人民币千元      %")) [1], "money") == []
    assert of(extract(nlp, table.format(unit="%"))[1], "money") == []


def test_the_reporting_companys_own_figures_belong_to_no_zone(nlp):
    text = ("益阳高新技术产业开发区规划面积42.6平方公里。\n"
            "截至2019年末,发行人有息债务余额为1,128,540.00万元。\n"
            "表4-1 发行人最近三年营业收入构成\n单位:万元、%\n| 业务板块 | 2018年 | 占比 |\n| 基础设施代建 | 104,318.75 | 68.94 |\n\n"
            "年内,本集团透过公开挂牌竞得益阳电子信息产业园之一幅工业用地,面积约86,500平方米。\n"
            "益阳高新区2019年完成固定资产投资213.8亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] in ("money", "area")}
    assert zone_of["1,128,540.00万元"] is None and zone_of["104,318.75"] is None
    # decoys: a sentence naming a zone keeps it; a figure with no company word keeps the document's zone; 公司 alone
    # is any company
    assert zone_of["约86,500平方米"] == "益阳电子信息产业园"
    assert zone_of["213.8亿元"] == zone_of["42.6平方公里"] == "益阳高新技术产业开发区"
    text = "益阳高新技术产业开发区规划面积42.6平方公里。\n园区内公司新增投资5亿元。\n"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["益阳高新技术产业开发区"]


def test_a_comma_separated_tables_name_cell_is_the_zones_whole_name(nlp):
    text = ("序号,开发区名称,级别,批准面积(公顷),2014年工业总产值(亿元)\n17,资阳高新技术产业园区,省级,768.00,241.7\n"
            "18,眉山经济开发区新区,省级,1306.00,187.2\n")
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {"资阳高新技术产业园区", "眉山经济开发区新区"}
    assert [a["zone"] for a in of(records, "area")] == ["资阳高新技术产业园区", "眉山经济开发区新区"]
    # decoy: a cell of the same words in prose stored with ',' is no table's
    text = "今年,眉山经济开发区新区,开工建设,新增用地200亩。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"眉山经济开发区"}


def test_a_unit_tables_title_may_date_it_in_chinese_numerals(nlp):
    text = ("香港,二零一九年三月二十六日\n主要产业园营运数据(于二零一八年十二月三十一日)\n"
            "项目                    占地面积(亩)   已竣工建筑面积(万平方米)   出租率\n"
            "苏州产业园                 386            42.6              92.3%\n")
    assert [(a["text"], a["year"], a["target"]) for a in of(extract(nlp, text)[1], "area")] == [
        ("386", 2018, False), ("42.6", 2018, False)]
    # decoy: a title with no year leaves the cells undated
    text = text.replace("(于二零一八年十二月三十一日)", "")
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [None, None]


def test_a_total_row_under_several_parks_rows_belongs_to_no_zone(nlp):
    text = ("主要产业园营运数据\n项目                    占地面积(亩)   已竣工建筑面积(万平方米)\n"
            "合肥嘉汇科技产业园         520            28.0\n芜湖嘉汇物流园           1,150            36.0\n"
            "合计                     1,670            64.0\n")
    zone_of = [(a["text"], a["zone"]) for a in of(extract(nlp, text)[1], "area")]
    assert zone_of == [("520", "合肥嘉汇科技产业园"), ("28.0", "合肥嘉汇科技产业园"), ("1,150", "芜湖嘉汇物流园"),
                       ("36.0", "芜湖嘉汇物流园"), ("1,670", None), ("64.0", None)]
    # decoy: the total of one zone's parts is that zone's
    text = ("合肥高新技术产业开发区2018年土地供应情况\n用途                  面积(亩)   出让金(万元)\n"
            "工业用地               520            2800\n商业用地               150            9000\n"
            "合计                   670            11800\n")
    assert {a["zone"] for a in of(extract(nlp, text)[1], "area")} == {"合肥高新技术产业开发区"}


def test_an_empty_cell_between_two_bars_keeps_a_pipe_rows_columns(nlp):
    text = ("单位:万元、%\n| 业务板块 | 2017年 | 占比 | 2018年 | 占比 |\n"
            "| 其他 | | | 5,447.29 | 3.60 |\n| 合计 | 138,434.73 | 100.00 | 151,314.78 | |\n")
    money = [(m["text"], m["year"]) for m in of(extract(nlp, text)[1], "money")]
    assert money == [("5,447.29", 2018), ("138,434.73", 2017), ("151,314.78", 2018)]
    # decoy: a share column's figure never moves into the empty year cell before it
    text = "单位:万元、%\n| 业务板块 | 2017年 | 占比 |\n| 其他 | | 3.80 |\n"
    assert of(extract(nlp, text)[1], "money") == []


def test_the_share_of_a_goal_reached_is_a_result_not_a_goal(nlp):
    text = ("某省开发区规划中期评估\n2013年9月\n规划提出,到2015年工业总产值突破6000亿元,目前已完成规划目标的68%。"
            "2012年,营口开发区实现规模以上工业总产值1210亿元,完成规划目标的60.5%;完成固定资产投资318亿元;"
            "新引进项目11个。\n")
    targets = [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")]
    assert targets == [(6e11, 2015)]  # only the plan's goal
    # decoy: a projection of the share a goal will reach is a goal
    text = "某省开发区规划中期评估\n2013年9月\n受资金约束影响,预计到2015年基础设施投资可达到规划目标的90%左右。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(90, 2015)]
    # decoy: 目标是 still states the goal
    text = "2021年3月1日\n今年园区的目标是新增企业300家。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(300, 2021)]


def test_a_typed_table_header_of_single_spaces_and_a_year_in_brackets(nlp):
    # short header words a single ideographic space apart over wide columns; the goal column names its year in
    # brackets; a title speaking of the province's zones at once makes its rows no zone's
    text = ("某省规划中期评估\n2013年9月\n沈阳经济技术开发区规划面积126平方公里。沈阳经济技术开发区完成投资806亿元。\n\n"
            "表4-1　全省开发区主要指标中期完成情况\n"
            "指标名称　　　　　　2010年基数　规划目标（2015年）　2012年完成　完成进度（%）\n"
            "地区生产总值（亿元）　　6850　　　　14000　　　　　10120　　　　45.7\n"
            "建成区面积（平方公里）　　1080　　　　1600　　　　　　1312　　　　44.6\n")
    _, records = extract(nlp, text)
    assert [(m["text"], m["target"], m["year"], m["zone"]) for m in of(records, "money")][1:] == [
        ("6850", False, 2010, None), ("14000", True, 2015, None), ("10120", False, 2012, None)]
    assert [(g["metric"], g["value"], g["year"]) for g in of(records, "target")] == [
        ("地区生产总值", 1.4e12, 2015), ("建成区面积", 1600, 2015)]
    # decoy: a table of one zone's figures keeps the document's zone
    text = ("沈阳经济技术开发区规划面积126平方公里。沈阳经济技术开发区完成投资806亿元。\n\n表1　主要指标\n"
            "指标名称　　　　　　2010年基数　规划目标（2015年）\n地区生产总值（亿元）　　6850　　　　14000\n")
    assert {m["zone"] for m in of(extract(nlp, text)[1], "money")} == {"沈阳经济技术开发区"}
    # decoy: a bracketed year after a long label is no year column
    text = "2013年9月\n指标名称　　开发区2012年完成情况（2012年）\n地区生产总值（亿元）　　6850\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_projects_planned_investment_is_dated_by_when_it_is_to_be_in_use(nlp):
    text = "2019年5月9日\n南宁经开区的职工公寓二期工程计划投资3.6亿元,预计2020年投入使用。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(3.6e8, 2020)]
    text = "2021年7月1日\n恒丰环球集团今年初在前海购得一幅商业用地,计划投资约8亿元兴建区域总部大楼,预计2024年投入使用。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(8e8, 2024)]
    # decoys: a year's planned investment stays that year's; a planned investment with no time has none
    text = "2020年3月1日\n石嘴山经济技术开发区今年计划投资80亿元,实施新建续建项目46个。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")][0] == (8e9, 2020)
    text = "某产业园简介\n园区标准厂房项目计划投资5亿元,占地300亩。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(5e8, None)]


@pytest.mark.parametrize("text, category", [
    ("全年园区新引进韩资项目15个,合同韩资2.3亿美元。", "investment"),  # foreign capital by its country
    ("今年实际使用台资1.2亿美元。", "investment"),
    ("对符合条件的创业团队,最高给予50万元人民币的一次性资助。", "financing"),  # a grant named after the amount
    ("立法会财务委员会已于去年批出约324亿港元拨款。", "financing"),
    ("地方财政一般预算收入4.83亿元,增长31.2%。", "other"),  # public budget income, not revenue
    ("农民人均纯收入7012元,增长16.4%。", "other"),  # household income
    # decoys: a zone's own income stays revenue, an investment stays investment
    ("园区企业实现营业收入52亿元。", "revenue"),
    ("美资企业完成投资3亿元。", "investment"),
])
def test_money_categories_of_foreign_capital_grants_and_public_income(nlp, text, category):
    [money] = of(extract(nlp, text)[1], "money")
    assert money["category"] == category


@pytest.mark.parametrize("text, value, approx", [
    ("去年园区税收收入一百零八个亿,带动就业三十二万人。", 1.08e10, "exact"),
    ("去年全市园区实现技工贸总收入两千四百多个亿。", 2.4e11, "about"),
    ("茶陵经济开发区去年三十来个亿。", 3e9, "about"),  # no money cue: 个亿 is said only of money
    ("去年全市园区为企业减免各类收费一点六个亿。", 1.6e8, "exact"),
    ("航空产业去年实现产值一百五十个亿左右。", 1.5e10, "about"),
])
def test_spoken_amounts_count_yi_with_a_measure_word(nlp, text, value, approx):
    [money] = of(extract(nlp, text)[1], "money")
    assert (money["value"], money["approx"], money["currency"]) == (value, approx, "CNY")


def test_a_spoken_amount_is_no_count_goal(nlp):
    text = "2016年3月2日\n醴陵经开区力争陶瓷产业集群突破三百个亿,新增规模企业十家。\n"
    assert sorted((t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")) == [
        (10, "count"), (3e10, "CNY")]
    # decoys: 个 before other words is a count; 亿 with no 个 and no money cue stays unread
    text = "2016年3月2日\n今年力争新增企业三百个,园区人口过亿。\n"
    _, records = extract(nlp, text)
    assert of(records, "money") == [] and [t["value"] for t in of(records, "target")] == [300]


def test_a_heading_naming_goals_in_any_words_heads_goals(nlp):
    text = ("在全市园区工作会议上的讲话\n(2016年3月2日)\n二、定准目标:今年和今后五年要干到什么程度\n"
            "株洲经开区今年固定资产投资一百个亿,新增规模工业企业十家。\n")
    _, records = extract(nlp, text)
    assert [(m["value"], m["target"], m["year"]) for m in of(records, "money")] == [(1e10, True, 2016)]
    assert sorted((t["value"], t["year"]) for t in of(records, "target")) == [(10, 2016), (1e10, 2016)]
    # decoy: a heading of goals reached reviews results
    text = ("2016年3月2日\n一、2015年目标完成情况\n去年株洲经开区固定资产投资九十个亿。\n")
    _, records = extract(nlp, text)
    assert [(m["target"], m["year"]) for m in of(records, "money")] == [(False, 2015)]
    assert of(records, "target") == []


def test_a_yearly_rate_per_mu_is_money_but_a_price_per_year_is_not(nlp):
    text = "新出让工业用地的投资强度原则上不低于300万元/亩,亩均税收不低于15万元/年,容积率不低于1.2。\n"
    money = of(extract(nlp, text)[1], "money")
    assert [(m["text"], m["value"], m["category"], m["target"]) for m in money] == [
        ("不低于300万元", 3e6, "investment", False), ("不低于15万元", 1.5e5, "tax", False)]
    # decoys: a subscription's price per year, a rate per ton
    assert of(extract(nlp, "本报全年订阅价每份360元/年。\n")[1], "money") == []
    assert of(extract(nlp, "危废处置补助每亩地块按200元/吨计。\n")[1], "money") == []


def test_a_term_of_a_formula_is_no_goal(nlp):
    text = "规划目标\n到2015年工业总产值达到6000亿元。注:完成进度=(2012年完成值-2010年基数)÷(规划目标-2010年基数)×100%。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [6e11]
    # decoy: a percent goal after a verb stays a goal
    text = "到2015年研发经费占比达到3%,高新技术产业产值占比提高到50%。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [3, 50]


def test_a_sentence_stating_the_share_of_a_goal_done_takes_no_goal_from_the_one_before(nlp):
    text = ("2013年9月\n从表中看,固定资产投资完成进度达到80.5%,预计2014年即可提前完成五年规划目标。"
            "实际利用外资完成规划目标的67.4%,两年累计实际利用外资337亿美元。\n")
    _, records = extract(nlp, text)
    assert of(records, "target") == []
    assert [m["target"] for m in of(records, "money")] == [False]
    # decoy: a sentence with no such share still takes the goal of the one before
    text = "到2015年,园区工业总产值达到600亿元。实际利用外资5亿美元。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [2015, 2015]


def test_qian_san_ji_without_du_is_part_of_the_year(nlp):
    text = "2022年10月26日\n园区预估全年营业额将突破4000亿元。前三季营业额达3012亿元,较去年同期成长18.6%。\n"
    money = of(extract(nlp, text)[1], "money")
    assert [(m["value"], m["target"], m["year"]) for m in money] == [(4e11, True, 2022), (3.012e11, False, 2022)]
    # decoy: the four seasons are no part of a year
    text = "2022年10月26日\n园区预估全年营业额将突破4000亿元。四季如春的园区新增绿地12公顷。\n"
    assert [a["target"] for a in of(extract(nlp, text)[1], "area")] == [True]


def test_a_year_a_span_starts_from_does_not_date_the_figures_after_it(nlp):
    text = "2022年10月26日\n中科自2003年开发以来,已形成五个园区,开发总面积约2,500公顷。\n"
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [None]
    # decoy: a year stated in the figure's own clause still dates it
    text = "2022年10月26日\n中科自2003年开发以来,2021年新增用地约25公顷。\n"
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [2021]


def test_roc_years_are_read_in_a_taiwanese_text_only(nlp):
    from extractors.context import document_year
    from pipeline.reading import normalize_text

    text = normalize_text("科技部新聞稿\n發布日期:111年10月26日\n中科全年營業額目標為新臺幣1兆500億元。"
                          "此外,中科預計到115年,園區就業人數將達到6萬人。管理局力拼在113年以前將廠商進駐家數增加至20家。\n")
    goals = sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target"))
    assert goals == [(20, 2024), (60000, 2026), (1.05e12, 2022)]
    assert document_year("發布日期:111年10月26日\n", roc=True) == 2022
    # 民国 with two digits
    text = "行政院核定\n民国95年12月,园区产值约新台币1,980亿元。\n"
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [2006]
    # decoys: no Taiwanese marker, no ROC date: 111年 is no year; a number before 年 in a Taiwanese text that is
    # not three digits from 100 is none either
    text = "2022年3月1日\n园区预计到115年就业人数达到6万人。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] != [2026]
    text = "新台币\n2022年3月1日\n园区成立30年来,就业人数达到6万人,力争到2025年就业人数达到8万人。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [2025]


def test_nian_mo_alone_is_the_year_spoken_of(nlp):
    text = "某市2020年国民经济和社会发展统计公报\n2021年3月18日\n年末建成区面积86.5平方公里。\n"
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [2020]
    # decoys: the end of a year written before it is that year; 今年年末 is this year's
    text = "2021年3月18日\n截至2019年末,园区建成区面积80平方公里。\n"
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [2019]
    text = "某市2020年统计公报\n2021年3月18日\n今年年末建成区面积将达到90平方公里。\n"
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [2021]


def test_a_year_opening_a_paragraph_dates_its_results(nlp):
    text = ("陕西年鉴\n\n【经济指标】　2010年,示范区实现生产总值68.92亿元,比上年增长18.6%。"
            "完成全社会固定资产投资92.6亿元,增长38.4%。博览会于11月5日至9日举办,合同金额386.5亿元。\n\n"
            "辖区面积135平方公里。\n")
    _, records = extract(nlp, text)
    assert [(m["value"], m["year"]) for m in of(records, "money")] == [
        (6.892e9, 2010), (9.26e9, 2010), (3.865e10, 2010)]
    assert [a["year"] for a in of(records, "area")] == [None]  # the next paragraph is no longer that year's
    # decoys: a year inside the paragraph's first sentence opens nothing; a goal ends the paragraph's year
    text = "园区概况\n\n示范区于2010年获批,实现生产总值68.92亿元。完成全社会固定资产投资92.6亿元。\n"
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")][1:] == [None]
    text = ("园区概况\n\n2010年,示范区实现生产总值68.92亿元。力争到2015年生产总值达到150亿元。"
            "完成全社会固定资产投资92.6亿元。\n")
    years = [m["year"] for m in of(extract(nlp, text)[1], "money")]
    assert years[:2] == [2010, 2015] and years[2] != 2010
    text = "园区概况\n\n2012年,开发区完成工业总产值123.5亿元。打造百亿元产业集群。\n"  # an aim, no result
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [2012, None]


def test_a_narrower_table_row_is_placed_only_as_far_as_its_figures_run(nlp):
    text = ("一、地块基本情况\n\n宗地编号   位置        面积(平方米) 折合(亩) 用途   出让年限(年) 容积率   起始价(万元)\n"
            "DJ2021-18-02九江经开区纬三路以北  21780.45   32.67   工业用地50     1.2-2.0  719\n")
    _, records = extract(nlp, text)
    assert of(records, "area") == []  # 21780.45 would fall under 折合(亩): the merged cells leave it unplaced
    assert [m["value"] for m in of(records, "money")] == [7.19e6]
    # decoy: a row whose rank ran into its name keeps all its figures
    text = "2021年园区评价\n\n排名 园区 规划面积(平方公里) 工业总产值(亿元)\n1苏州工业园区 96.82 71.3\n"
    _, records = extract(nlp, text)
    assert [a["value"] for a in of(records, "area")] == [96.82]
    assert [m["value"] for m in of(records, "money")] == [7.13e9]


def test_a_decimal_figure_opening_a_line_is_no_numbered_heading():
    from extractors import patterns
    from extractors.context import sections

    goals = patterns.compile("目标")
    text = "【数读开发区】\n1.73万亿元　国家级经开区2009年地区生产总值\n3.5万亿元　2015年地区生产总值目标\n2.发展目标\n"
    found = sections(text, goals)
    assert [(text[s.start:].split("\n")[0], s.goal) for s in found] == [("2.发展目标", True)]


def test_a_sum_over_years_after_a_plans_end_is_the_plans_span(nlp):
    text = ("某省规划中期评估\n2013年9月\n四、后半程推进措施和目标\n"
            "到“十二五”末,确保全省开发区实际利用外资五年累计突破500亿美元。\n")
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(5e10, 2015)]
    # decoy: under a heading of goals with no plan's end before it, 三年累计 counts from the report's year
    text = "某市开发区三年行动计划\n2021年3月1日\n二、主要目标\n三年累计完成固定资产投资300亿元。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(3e10, 2023)]


def test_a_byline_under_blank_lines_dates_the_report():
    from extractors.context import document_year

    text = "第四章　开发区建设\n\n——《规划纲要》实施中期评估报告(节选)\n\n辽宁省发展和改革委员会\n2013年9月\n\n正文。\n"
    assert document_year(text) == 2013
    # decoy: a month and year deep in the text is no byline
    assert document_year("标题\n" + "正文一行。\n" * 8 + "2013年9月\n") is None


def test_an_original_plan_given_up_is_no_goal(nlp):
    text = ("2019年5月9日\n项目原计划于2018年底交付首批厂房,因征地拆迁问题,桩基工程比原计划推迟约5个月。\n")
    assert of(extract(nlp, text)[1], "target") == []
    # decoy: a plan stated anew is a goal
    text = "2019年5月9日\n园区计划于2019年底前引进企业6家。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(6, 2019)]


def test_a_later_year_stated_after_a_deadline_dates_the_goal_after_it(nlp):
    text = ("2022年10月26日\n科技部要求各园区于2025年以前再生能源使用比例达到20%,"
            "并以2030年达成园区温室气体排放量较2005年减量30%为目标。\n")
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(20, 2025), (30, 2030)]
    # decoys: a past year after a deadline is a baseline or a result; a goal before the later year keeps its deadline
    text = "2022年10月26日\n到2025年,园区产值达到500亿元,是2020年的2倍。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(5e10, 2025)]


def test_a_plan_of_a_sentence_on_what_is_under_way_takes_no_deadline_from_before(nlp):
    text = ("2021年9月2日\n共青城高新区计划到2023年工业营业收入达到600亿元。"
            "目前园区正在推进二期扩区,拟新增规划面积12平方公里。\n")
    goals = [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")]
    assert goals == [(6e10, 2023), (12, None)]
    # decoy: a sub-goal with no word of the present still takes the deadline before it
    text = "2021年9月2日\n共青城高新区计划到2023年工业营业收入达到600亿元。拟新增规划面积12平方公里。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [2023, 2023]


def test_a_review_of_part_of_the_year_reports_results_and_keeps_the_rest_of_the_years_goals(nlp):
    text = ("某某高新区2023年上半年工作总结和下半年工作安排\n（2023年7月12日）\n"
            "二、上半年重点工作开展情况\n"
            "（一）招商引资成效明显。上半年共签约项目46个，签约总额318.6亿元；新落地项目31个。"
            "签约额186.5亿元的项目12个。数字经济产业园力争年底前入驻企业突破80家。\n"
            "四、下半年工作安排\n"
            "（一）全力冲刺全年目标。规模以上工业总产值力争突破720亿元，全年新认定高新技术企业80家以上。\n")
    _, records = extract(nlp, text)
    goals = {t["text"]: t["year"] for t in of(records, "target")}
    # 开展情况 names results: the half year's figures are no goals, but dated by the heading's 上半年
    assert not any(v in t for t in goals for v in ("318.6", "46个", "31个", "186.5"))
    assert {m["text"]: m["year"] for m in of(records, "money")}["186.5亿元"] == 2023
    # what the rest of the year is to bring stays a goal, in the review and under the plan's heading
    assert goals["年底前入驻企业突破80家"] == 2023
    assert any("720亿元" in t and y == 2023 for t, y in goals.items())
    assert any("80家以上" in t and y == 2023 for t, y in goals.items())
    # decoy: a year's review (December) turns its goal words into results
    text = ("某某高新区2023年工作总结\n（2023年12月20日）\n一、2023年工作开展情况\n"
            "全年争取上级专项资金1.35亿元，新引进项目40个。\n")
    assert of(extract(nlp, text)[1], "target") == []


def test_cumulative_goals_under_a_deadline_when_the_report_has_no_date(nlp):
    text = "绿科园二期动工\n按照园区发展规划，到2025年，绿科园将力争累计吸引投资100亿元以上，年产值突破120亿元。\n"
    goals = {t["text"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert goals == {"累计吸引投资100亿元以上": 2025, "年产值突破120亿元": 2025}
    # decoy: with the report's date after the deadline, 累计 sums up what was done
    text = "（2026年3月5日）\n到2025年底，绿科园累计吸引投资100亿元。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_an_industry_list_keeps_names_opening_with_a_latin_word_and_the_new_lexicon_names(nlp):
    text = "渭南高新区重点发展3D打印、新材料和装备制造；安康高新区重点发展富硒食品和新型材料。\n"
    names = [i["name"] for i in of(extract(nlp, "标题\n" + text)[1], "industry")]
    assert names == ["3D打印", "新材料", "装备制造", "富硒食品", "新型材料"]
    # decoys: a count or a year before a word is no industry name
    text = "园区2020年引进项目3个、新材料企业5家。重点发展的项目有3个、5家企业落户。\n"
    assert of(extract(nlp, "标题\n" + text)[1], "industry") == []


def test_a_region_written_as_a_place_and_diqu_before_a_zone_word_is_its_zones_together(nlp):
    for text in ("渝西地区工业园区发展势头很好，完成投资50亿元。\n", "皖北地区开发区实现营业收入300亿元。\n"):
        assert of(extract(nlp, "标题\n" + text)[1], "zone") == []
    # decoy: a place's own park is still a zone
    text = "渝北工业园区发展势头很好，完成投资50亿元。\n"
    assert [z["name"] for z in of(extract(nlp, "标题\n" + text)[1], "zone")] == ["渝北工业园区"]


def test_a_statistics_tables_value_column_is_a_column_of_the_year_its_title_names(nlp):
    text = ("某某经开区2016年统计公报\n\n表1  2016年某某经济技术开发区主要经济指标\n\n"
            "指标名称                      单位        绝对数        比上年增长%\n"
            "地区生产总值                  亿元        128.6         9.2\n"
            "实际利用外资                  万美元      8650          7.5\n"
            "新登记市场主体                户          1268          23.5\n")
    money = {m["text"]: (m["value"], m["currency"], m["year"]) for m in of(extract(nlp, text)[1], "money")}
    assert money == {"128.6": (12_860_000_000, "CNY", 2016), "8650": (86_500_000, "USD", 2016)}
    # decoy: with no year in its title the column is of no known year, and its growth rates are never amounts
    text = text.replace("表1  2016年某某", "表1  某某")
    assert of(extract(nlp, text)[1], "money") == []


def test_a_county_whose_name_starts_with_a_preposition_keeps_it(nlp):
    text = "标题\n于都县现代物流园占地500亩。和田县工业园区完成投资5亿元。\n"
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == ["于都县现代物流园", "和田县工业园区"]
    # decoy: a preposition glued to a place is still cut off
    text = "标题\n企业在郑州航空港经济综合实验区投资10亿元。\n"
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == ["郑州航空港经济综合实验区"]


def test_a_deadline_naming_its_month_dates_its_sentence_and_does_not_carry(nlp):
    text = ("2020年5月6日\n益阳电子信息产业园标准厂房建设项目计划于2021年12月底前竣工，"
            "建成后可实现厂房出租和销售收入合计约9.86亿元，可容纳电子元器件企业60家以上。\n")
    goals = [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")]
    assert goals == [(9.86e8, 2021), (60, 2021)]
    # decoy: the next sentence of the list does not take the due date of one task
    text = ("2015年8月12日\n宁东基地未建成的2座污水处理厂须于2016年6月底前建成投运，日处理能力达到4万吨；\n"
            "石嘴山经开区违规拨付的630万元限期收回。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert goals == {2: 2016, 40000: 2016}  # the plants that must be built by then (round 20a), and their capacity
    # a year's deadline still carries into the sentence after it
    text = "2020年5月6日\n园区力争2021年底前建成标准厂房30万平方米。拟新增规划面积12平方公里。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [2021, 2021]


def test_a_span_in_which_a_debt_falls_due_is_no_goal(nlp):
    text = ("2020年5月6日\n截至2019年12月31日，发行人有息债务余额为1,128,540.00万元，其中短期借款86,300.00万元，"
            "一年内到期的非流动负债154,820.00万元，长期借款623,420.00万元，应付债券264,000.00万元。\n")
    _, records = extract(nlp, text)
    assert of(records, "target") == []
    assert not any(m["target"] for m in of(records, "money"))
    # decoy: a span of years still ahead dates a goal (GUIDE: three years after the report's, 2020 + 3)
    text = "2020年5月6日\n园区力争三年内新引进企业100家。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(100, 2023)]


def test_a_firms_announced_investment_is_dated_by_when_its_project_is_to_be_done(nlp):
    text = ("2017年3月2日\n香港信利半导体计划追加投资2.5亿美元，在区内新建一条面板生产线，项目用地23公顷，"
            "计划于2018年底前建成投产。\n"
            "根据协议，本集团拟投资约人民币20亿元开发广州嘉汇生物产业园，项目用地约300亩，预计于2021年建成。\n")
    goals = [(t["value"], t["unit"], t["year"]) for t in of(extract(nlp, text)[1], "target")]
    assert goals == [(2.5e8, "USD", 2018), (2e9, "CNY", 2021)]
    # decoy: with no time for the project, the total has no year (not the report's)
    text = "2017年3月2日\n本集团拟投资约人民币20亿元开发广州嘉汇生物产业园，项目用地约300亩。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [None]


def test_a_deadline_after_a_goal_dates_it_only_when_no_figure_of_its_own_follows(nlp):
    text = "2021年12月1日\n园区拟设立规模30亿元的产业子基金，力争2022年底前完成首期10亿元募集。\n"
    goals = [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")]
    assert goals == [(3e9, None), (1e9, 2022)]
    # decoy: a deadline with no figure of its own after the goal is the goal's
    text = "2017年3月1日\n园区预计投入120亿元进行公共工程，2020年底前完成土地开发。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(1.2e10, 2020)]


def test_the_next_step_states_goals(nlp):
    text = ("2022年7月8日\n下一步，我们将加强与两区的沟通协调，推动今年两区电子信息产业实现营业收入1800亿元以上，"
            "新引进配套企业60家。\n大连开发区下一步将加快建设生态科技创新城，新增开发面积20平方公里。\n")
    goals = [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")]
    assert sorted(goals, key=lambda g: g[0]) == [(20, None), (60, 2022), (1.8e11, 2022)]
    # decoy: what was done before the next step is no goal
    text = "2022年7月8日\n今年以来，两区电子信息产业实现营业收入860亿元，新引进配套企业28家。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_year_of_an_event_still_to_come_dates_what_follows_from_it(nlp):
    text = "嘉汇产业园年报(摘录)\n一期已于2017年竣工，二期预计于2019年第三季竣工，届时将新增建筑面积约18万平方米。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(0.18, 2019)]
    # decoy: the year of an event done (于1992年经国务院批准设立) dates no figure after it
    text = "2018年3月1日\n开发区于1992年经国务院批准设立，规划面积力争达到30平方公里。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [None]


def test_a_standard_takes_no_goal_or_year_from_the_sentence_before(nlp):
    text = ("2013年5月6日\n大理创新工业园区今年力争新开工项目不少于20个。"
            "各州、市认定的工业园区，原则上每个主导产业要有1户以上主营业务收入超十亿元的龙头企业。\n")
    _, records = extract(nlp, text)
    assert [(t["value"], t["year"]) for t in of(records, "target")] == [(20, 2013)]
    assert [(m["value"], m["target"], m["year"]) for m in of(records, "money")] == [(1e9, False, None)]
    # decoy: a sub-goal with no standard still takes the year before it
    text = "2013年5月6日\n大理创新工业园区今年力争新开工项目不少于20个。拟新增工业用地4500亩。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [2013, 2013]


def test_an_official_documents_number_dates_it(nlp):
    text = ("云南省人民政府办公厅关于开展全省工业园区考核评价工作的通知\n\n云政办发〔2013〕87号\n\n"
            "五、重点园区发展目标\n"
            "昆明高新区2012年实现工业总产值805亿元，要重点发展生物医药产业，到2015年工业总产值突破1500亿元。\n")
    goals = [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")]
    assert goals == [(1.5e11, 2015)]  # 2012 is before the report's year: a result, though under goals
    # decoy: a document cited in the text (依据国发〔2010〕12号) is no date of the report's own
    from extractors.context import document_year
    assert document_year("关于园区发展的意见\n\n依据《国务院关于…的意见》(国发〔2010〕12号),现提出如下意见。\n") is None


def test_a_count_in_words_of_things_worth_billions_is_a_goal_figure(nlp):
    text = "2014年6月\n到2020年,中河园力争打造三个产值超百亿元的产业集群。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(3, 2020)]
    # decoys: the size of a list of named clusters, and a count in words with no such scale
    text = "2010年6月\n“十二五”期间,中关村将力争打造下一代互联网、移动通信和生物医药三个千亿级产业集群。\n"
    assert [t for t in of(extract(nlp, text)[1], "target") if t["value"] == 3] == []
    text = "2014年6月\n到2020年,中河园力争打造两个特色产业基地。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_projection_from_an_event_stays_a_goal_in_a_section_of_results(nlp):
    text = ("招商指南\n七、重点招商项目(2019年)\n"
            "1.年产30万吨聚碳酸酯项目。估算总投资45亿元,用地约800亩。项目建成后预计年销售收入60亿元,利税8亿元。\n")
    goals = [t["value"] for t in of(extract(nlp, text)[1], "target")]
    assert 6e9 in goals
    # decoy: a figure of the section's year with a goal word and no event is still read as done
    text = "招商指南\n一、2018年工作回顾\n全年争取上级专项资金1.35亿元。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_under_a_heading_naming_its_year_a_goal_of_its_own_takes_that_year(nlp):
    text = ("大庆高新区2025年工作总结和2026年工作安排\n(2025年12月19日)\n三、2026年重点工作\n"
            "(五)推进开放合作。合作产业园2026年新引进项目20个,到2028年园区产值达到100亿元。"
            "办好第十一届科技成果转化大会,力争签约技术转移项目80项以上。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert goals[80] == 2026 and goals[1e10] == 2028
    # decoy: with no year in the heading, the sub-goal goes on with the deadline before it
    text = ("园区发展规划\n(2025年12月19日)\n三、发展目标\n"
            "到2028年,园区产值达到100亿元。力争签约技术转移项目80项以上。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert goals[80] == 2028


def test_a_years_planned_spending_is_that_years_not_a_projects_total(nlp):
    text = ("大庆高新区2023年上半年工作总结\n(2023年7月12日)\n二、上半年重点工作开展情况\n"
            "全区纳入市级调度的项目共73个,计划总投资612亿元,年度计划投资158亿元,上半年完成投资79.3亿元。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert goals[1.58e10] == 2023
    # decoy: the projects' planned total is still no year's
    assert goals.get(6.12e10) is None


def test_year_end_alone_is_a_deadline_of_the_year_that_does_not_carry(nlp):
    text = "2015年8月12日\n石嘴山经开区环保专项资金支出进度年底前达到90%以上。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(90, 2015)]
    # decoys: the sentence after it is no goal of it; 2016年底前 is still the year written
    text = ("2013年1月5日\n沁北安置小区年底前开工建设。通过融资平台融资18亿元，用于集聚区和企业发展。\n")
    assert of(extract(nlp, text)[1], "target") == []
    text = "2015年8月12日\n园区支出进度2016年底前达到90%以上。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(90, 2016)]


def test_a_park_named_in_its_host_zone_heads_the_phrase(nlp):
    text = ("株洲市产业园区工作情况\n醴陵经开区里的醴陵电瓷电器产业园,规划用地一千二百亩,要抓紧建设。\n"
            "位于成都高新区南部园区的新川创新科技园,规划面积10平方公里,是重点项目。\n")
    areas = [a["zone"] for a in of(extract(nlp, text)[1], "area")]
    assert areas == ["醴陵电瓷电器产业园", "新川创新科技园"]
    # decoys: a zone learning from a park, a zone building a park, two zones joined
    text = ("株洲市产业园区工作情况\n醴陵经开区学习醴陵电瓷电器产业园的经验,规划用地一千二百亩。\n"
            "仲恺高新区将在潼湖片区建设总面积约10万平方米的仲恺港澳青年创业孵化园,投资5000万元。\n"
            "醴陵经开区和醴陵电瓷电器产业园,规划用地一千二百亩。\n")
    records = extract(nlp, text)[1]
    assert [a["zone"] for a in of(records, "area")] == ["醴陵经开区", "仲恺高新区", None]
    assert [m["zone"] for m in of(records, "money")] == ["仲恺高新区"]


def test_hongwei_names_daqings_parks(nlp):
    text = ("大庆高新区发展情况\n宏伟化工产业园:规划面积42平方公里,完成投资68.3亿元。\n"
            "大庆高新技术产业开发区由宏伟园区、兴化园区和新兴产业园区“一区三园”组成。\n")
    records = extract(nlp, text)[1]
    assert {"宏伟化工产业园", "宏伟园区"} <= set(zones_of(records))
    assert [a["zone"] for a in of(records, "area")] == ["宏伟化工产业园"]
    # decoy: the adjective before a bare zone word names no zone
    text = "大庆高新区发展情况\n要实现宏伟目标,描绘宏伟蓝图,园区投资5亿元。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"大庆高新区"}


def test_a_list_item_labelled_or_titled_before_the_zone_it_is_about(nlp):
    text = ("沧州高新区2024年重点项目招标公告\n沧州高新区生物医药产业园今年开工。\n"
            "第三标段:生物医药产业园标准化厂房工程。新建厂房18栋,用地面积186亩。\n"
            "七、重点招商项目\n  1.年产30万吨聚碳酸酯项目。建设地点:上库石化产业园。估算总投资45亿元,用地约800亩。\n")
    records = extract(nlp, text)[1]
    assert [a["zone"] for a in of(records, "area")] == ["沧州高新区生物医药产业园", "上库石化产业园"]
    assert [m["zone"] for m in of(records, "money")] == ["上库石化产业园"]
    # decoys: a numbered heading before a sentence naming a park as an object; a long first sentence. The park is a
    # zone of its own (blind4 e2 annotates it), so the report names two and the figure takes none, as e2 has it
    text = ("北辰区政府工作报告\n北辰经开区发展良好。北辰经开区发展良好。\n"
            "(五)深化改革开放。加快京津冀协同创新产业园建设。全年引进内资项目300个、协议投资额500亿元。\n")
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None]


def test_gongsi_opening_a_clause_is_the_reporting_companys_own_figure(nlp):
    text = ("关于在海南洋浦经济开发区投资建设项目的公告\n本项目位于洋浦经济开发区。洋浦经济开发区规划面积114平方公里。\n"
            "截至2022年6月30日,公司货币资金余额为12.84亿元,总资产68.35亿元。\n公司2021年度营业收入为28.63亿元。\n")
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None, None, None]
    # decoys: a firm inside a clause is any firm; 公司 after a platform company named in its sentence is that
    # company, whose capital is its own (GUIDE round 50g)
    text = ("关于在海南洋浦经济开发区投资建设项目的公告\n本项目位于洋浦经济开发区。洋浦经济开发区规划面积114平方公里。\n"
            "园区内公司实现营业收入5亿元,园区建设开发有限公司负责建设,公司注册资本人民币3亿元。\n")
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["海南洋浦经济开发区", None]


def test_a_park_with_a_proper_name_is_named_as_the_text_first_writes_it(nlp):
    # GUIDE: a park first named after its host zone is named so, its own name an alias
    text = ("陕西省开发区评估\n西安经开区泾渭新城汽车产业园、咸阳高新区西咸电子信息产业园已成为新的增长极。\n"
            "泾渭新城汽车产业园全年产值300亿元。\n")
    records = extract(nlp, text)[1]
    zones = zones_of(records)
    assert zones["西安经开区泾渭新城汽车产业园"] == ["泾渭新城汽车产业园"]
    assert "咸阳高新区西咸电子信息产业园" in zones
    assert [m["zone"] for m in of(records, "money")] == ["西安经开区泾渭新城汽车产业园"]
    # a park first named alone keeps its own name when later written after its host
    text = ("陕西省开发区评估\n泾渭新城汽车产业园全年产值300亿元。\n"
            "西安经开区泾渭新城汽车产业园已成为新的增长极。\n")
    assert zones_of(extract(nlp, text)[1]) == {"泾渭新城汽车产业园": ["西安经开区泾渭新城汽车产业园"]}
    # decoys: a generic qualifier names the park with its host (沧州高新区生物医药产业园, 昆山高新区机器人产业园)
    text = "河北省园区项目\n沧州高新区生物医药产业园投资2亿元。昆山高新区机器人产业园投资3亿元。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"沧州高新区生物医药产业园", "昆山高新区机器人产业园"}


def test_a_chemical_park_named_by_its_place(nlp):
    text = ("安徽东至经济开发区项目公示\n(三)建设地点:安徽东至经济开发区香隅化工园内,纬三路以南。\n"
            "香隅化工园规划面积12.8平方公里,是安徽省首批认定的化工园区之一。\n")
    records = extract(nlp, text)[1]
    assert set(zones_of(records)) == {"安徽东至经济开发区", "香隅化工园"}
    assert [a["zone"] for a in of(records, "area")] == ["香隅化工园"]
    # decoys: the kind alone, and a qualifier with no place before it (a project), name no chemical park; a park's
    # bare 园区 ends the name after it
    text = "大庆高新区工作总结\n开展化工园区安全整治,建成宏伟园区智慧化工园区管理平台,投入4200万元。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"大庆高新区", "宏伟园区"}


def test_a_place_and_shifanqu_shorten_the_demonstration_zone_it_leads(nlp):
    text = ("北京市政府工作报告\n中关村国家自主创新示范区建设加快。中关村示范区企业实现总收入7.2万亿元。\n"
            "杨凌农业高新技术产业示范区发展良好。杨凌示范区规划面积135平方公里。\n")
    records = extract(nlp, text)[1]
    assert zones_of(records) == {"中关村国家自主创新示范区": ["中关村示范区"], "杨凌农业高新技术产业示范区": ["杨凌示范区"]}
    assert [m["zone"] for m in of(records, "money")] == ["中关村国家自主创新示范区"]
    # decoys: 示范区 after a qualifier is a title, and with no longer name in the text a place's 示范区 names nothing
    text = "贵阳高新区发展情况\n贵阳高新区建设全省自主创新示范区。\n建设杨凌示范区,投资5亿元。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"贵阳高新区"}


def test_a_parks_phase_opening_its_clause_speaks_of_that_park(nlp):
    text = ("拉萨市园区发展\n拉萨经济技术开发区发展良好。拉萨经济技术开发区规划面积5平方公里。\n"
            "西藏数据中心产业园一期项目总投资十二亿元,占地200亩。\n"
            "全力推进重点项目,南华光伏产业园二期计划总投资八亿元。\n")
    records = extract(nlp, text)[1]
    assert [m["zone"] for m in of(records, "money")] == ["西藏数据中心产业园", "南华光伏产业园"]
    # decoys: a phase inside a clause is a project in the zone; a park named after its host zone is the host's
    text = ("拉萨市园区发展\n拉萨经济技术开发区发展良好。拉萨经济技术开发区规划面积5平方公里。\n"
            "今年开工西藏数据中心产业园二期,完成投资9亿元。\n拉萨经开区光电产业园二期总投资22亿元。\n")
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["拉萨经济技术开发区"] * 2


def test_a_level_and_a_bare_zone_word_speak_of_all_the_zones_of_that_level(nlp):
    head = "新华社北京电\n拉萨经济技术开发区发展良好。拉萨经济技术开发区规划面积5平方公里。\n"
    text = head + "这位负责人说,今年国家级经开区的预期目标是地区生产总值增长15%左右。\n到2015年,国家级高新区营业总收入力争超过20万亿元。\n"
    records = extract(nlp, text)[1]
    assert [m["zone"] for m in of(records, "money")] == [None]
    assert [t["zone"] for t in of(records, "target")] == [None, None]
    # decoys: the rank one zone reaches, or is described by
    text = head + "拉萨经济技术开发区2001年升级为国家级经开区,投资5亿元。\n该区是经省政府批准设立的省级开发区,规划面积283平方公里。\n"
    records = extract(nlp, text)[1]
    assert [m["zone"] for m in of(records, "money")] == ["拉萨经济技术开发区"]
    assert [a["zone"] for a in of(records, "area")] == ["拉萨经济技术开发区"] * 2


def test_a_parks_short_form_after_a_preposition_is_a_mention(nlp):
    text = ("吉林经开区访谈\n吉林经济技术开发区规划建设吉林碳纤维产业园、吉林九站工业园。\n"
            "二是吉林化纤集团碳纤维复合材料制品项目,落在碳纤维园,总投资18.5亿元;\n")
    records = extract(nlp, text)[1]
    assert zones_of(records)["吉林碳纤维产业园"] == ["碳纤维园"]
    assert [m["zone"] for m in of(records, "money")] == ["吉林碳纤维产业园"]
    # decoy: after a collective word or a determiner the short form is not the park
    text = ("吉林经开区访谈\n吉林经济技术开发区规划建设吉林碳纤维产业园、吉林九站工业园。\n"
            "全市碳纤维园投资5亿元,各碳纤维园用地100亩。\n")
    assert zones_of(extract(nlp, text)[1])["吉林碳纤维产业园"] == []


def test_a_company_figure_before_the_zone_its_sentence_names_later_is_the_companys(nlp):
    head = "嘉汇产业园控股年报\n苏州产业园位于苏州工业园区东部。苏州产业园出租率为92.3%。\n"
    text = head + "年内,本集团收益较上年增加约人民币2亿元,主要由于苏州产业园租金水平上升所致。\n"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None]
    # decoy: a zone named before the figure keeps it
    text = head + "年内,本集团在苏州产业园投资人民币2亿元。\n"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["苏州产业园"]


def test_a_bond_issues_figures_are_the_issuers(nlp):
    head = "益阳高新区公司债券募集说明书\n益阳高新技术产业开发区(以下简称“益阳高新区”)位于益阳市。益阳高新区发展良好。\n"
    text = head + "本期债券发行总额为人民币8亿元,期限为7年。\n"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None]
    # decoy: the zone's own figure in the same document
    text = head + "益阳高新区2019年实现营业收入800亿元。\n"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["益阳高新技术产业开发区"]


def test_a_direction_and_yuanqu_after_a_zone_name_no_park(nlp):
    text = "成都市产业园区\n位于成都高新区南部园区的新川创新科技园,规划面积10平方公里。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"成都高新区", "新川创新科技园"}
    # decoy: a place's 园区 still names a park (台南园区)
    text = "南部科学园区\n台南园区规划面积1,043公顷。\n"
    assert "台南园区" in zones_of(extract(nlp, text)[1])


def test_a_parks_phase_after_its_host_zone_and_de_speaks_of_that_park(nlp):
    head = "慈溪市项目签约\n慈溪高新技术产业开发区发展良好。慈溪高新区规划面积5平方公里。\n"
    text = head + "慈溪高新区的慈溪小家电智造产业园一期工程总投资9.6亿元,用地180亩。\n"
    records = extract(nlp, text)[1]
    assert [m["zone"] for m in of(records, "money")] == ["慈溪小家电智造产业园"]
    assert [a["zone"] for a in of(records, "area")] == ["慈溪高新技术产业开发区", "慈溪小家电智造产业园"]
    # decoy: a verb and 的 before the phase make it a project in the zone
    text = head + "今年开工的慈溪小家电智造产业园二期,完成投资9亿元。\n"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["慈溪高新技术产业开发区"]


def test_one_batch_of_billion_scale_firms_is_no_count_goal(nlp):
    text = "标题\n到2020年，综改示范区将培育一批百亿级企业，打造两个千亿级产业集群。\n"
    goals = [(t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")]
    assert goals == [(2, "count")]


def test_parks_spelled_out_after_a_zones_layout_are_zones(nlp):
    head = "石嘴山高新区巡礼\n石嘴山高新技术产业开发区规划面积28.8平方公里,"
    text = (head + "形成了“一区三园”的发展格局,即电子新材料产业园、精细化工产业园和装备制造产业园。\n"
            "在电子新材料产业园,一期占地1200亩的碳酸锂项目正在施工。\n")
    records = extract(nlp, text)[1]
    assert set(zones_of(records)) == {"石嘴山高新技术产业开发区", "电子新材料产业园", "精细化工产业园", "装备制造产业园"}
    assert [a["zone"] for a in of(records, "area")] == ["石嘴山高新技术产业开发区", "电子新材料产业园"]
    text = head + "构建“一园两区”格局,包括化工新材料产业园及现代物流园区。\n"
    assert {"化工新材料产业园", "现代物流园区"} <= set(zones_of(extract(nlp, text)[1]))
    # decoys: a list shorter than the layout's count, items that are no parks, a layout of many (一区多园)
    for tail in ("形成了“一区三园”的发展格局,即电子新材料产业园和装备制造产业园。\n",
                 "形成了“一区三园”的发展格局,即电子新材料、精细化工和装备制造。\n",
                 "形成了“一区多园”的发展格局,即电子新材料产业园、精细化工产业园和装备制造产业园。\n"):
        assert set(zones_of(extract(nlp, head + tail)[1])) == {"石嘴山高新技术产业开发区"}


def test_a_policy_verb_jieba_tags_a_name_opens_no_zone(nlp):
    text = "山西省政府工作报告\n建立健全开发区统计制度,让开发区的家底更清楚。\n"
    assert of(extract(nlp, text)[1], "zone") == []
    # decoy: a zone named after the same verb in full keeps its name
    text = "山西省政府工作报告\n建立健全太原经济技术开发区统计制度。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"太原经济技术开发区"}


def test_a_zones_former_names_a_few_words_from_a_word_of_renaming_are_aliases(nlp):
    text = ("石嘴山高新区巡礼\n石嘴山高新区的前身是1998年设立的石嘴山河滨工业园区,2006年更名为石嘴山经济开发区,"
            "2013年升级为国家级高新技术产业开发区。\n石嘴山高新技术产业开发区规划面积28.8平方公里。\n")
    assert zones_of(extract(nlp, text)[1]) == {
        "石嘴山高新技术产业开发区": ["石嘴山高新区", "石嘴山河滨工业园区", "石嘴山经济开发区"]}
    text = ("益阳高新区募集说明书\n益阳高新技术产业开发区(以下简称“益阳高新区”)前身为1992年设立的益阳市经济技术开发区,"
            "2011年升级为国家级高新区。\n")
    assert set(zones_of(extract(nlp, text)[1])["益阳高新技术产业开发区"]) == {"益阳高新区", "益阳市经济技术开发区"}
    # decoys: a firm renamed in a zone, a former name in another clause, a zone in another sentence
    text = "嘉汇公告\n苏州工业园区的嘉汇公司更名为嘉汇控股公司。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"苏州工业园区"}
    text = "沁阳市\n沁阳市产业集聚区的前身是一个小镇,沁北产业集聚区同时设立。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"沁阳市产业集聚区", "沁北产业集聚区"}
    text = "标题\n沁阳市产业集聚区投资5亿元。前身是沁北工业园区的那块地。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"沁阳市产业集聚区", "沁北工业园区"}


def test_a_park_after_its_host_zone_qualified_by_xiandai_is_a_park(nlp):
    head = "新乡经开区统计公报\n新乡经济技术开发区2016年国民经济和社会发展统计公报。\n"
    text = head + "新乡经开区现代物流园全年完成物流货运量860万吨,完成投资5亿元。\n"
    records = extract(nlp, text)[1]
    assert "新乡经开区现代物流园" in zones_of(records)
    assert [m["zone"] for m in of(records, "money")] == ["新乡经开区现代物流园"]
    # decoy: another time word between the zone and a park word is no qualifier
    text = head + "新乡经开区今年物流园区完成投资5亿元。\n"
    assert "新乡经开区今年物流园区" not in zones_of(extract(nlp, text)[1])


def test_a_province_alone_before_a_bare_zone_word_is_its_zones_together(nlp):
    text = "标题\n广西开发区数量在三省区中最多，完成投资500亿元。\n"
    assert of(extract(nlp, text)[1], "zone") == []
    # decoys: a municipality's zone, a province with a place of its own, a park for a region's investors
    text = "标题\n天津经济技术开发区完成投资5亿元。广西钦州保税港区规划面积10平方公里。南阳台湾产业园开工。\n"
    names = [z["name"] for z in of(extract(nlp, text)[1], "zone")]
    assert names[:2] == ["天津经济技术开发区", "广西钦州保税港区"] and any("台湾产业园" in n for n in names)


def test_a_unit_column_naming_its_years_plan_holds_that_years_goals(nlp):
    text = ("某某经开区2021年重点项目计划\n（2021年3月1日）\n\n"
            "序号|项目名称|总投资（亿元）|2021年计划投资（亿元）|建设年限\n"
            "1|数字经济产业园项目|18.5|6.2|2020—2022\n"
            "2|新能源汽车零部件项目|12.0|4.5|2021—2023\n")
    goals = {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert {(620_000_000, 2021), (450_000_000, 2021)} <= goals
    # decoy: a column of the year's results (2020年完成投资) holds no goals
    text = text.replace("2021年计划投资", "2020年完成投资")
    assert not any(t["value"] in (620_000_000, 450_000_000) for t in of(extract(nlp, text)[1], "target"))


def test_a_target_spanning_exactly_a_money_fact_leaves_the_money_facts_fields_alone(nlp):
    """spaCy keys span extension values by character offsets only: a goal figure with no metric before it (the
    second amount of 12亿元、3000万美元) is a target fact at the money fact's own offsets, and must not overwrite its
    fields."""
    _, records = extract(nlp, "到2025年,该区每年投资12亿元、3000万美元。")
    money = {r["text"]: r for r in of(records, "money")}
    targets = {r["text"]: r for r in of(records, "target")}
    assert money["3000万美元"]["extractor"] == "money" and targets["3000万美元"]["extractor"] == "target"
    assert money["3000万美元"]["currency"] == "USD" and targets["3000万美元"]["unit"] == "USD"


@pytest.mark.parametrize("text, metrics", [
    # a second amount joined by 及 / 和 / 、 measures what the first does; a foreign currency's goal is no count
    ("园区今年将投资约12亿港元及三千万欧元。", [("投资", 1.2e9, "other"), ("投资", 3e7, "other")]),
    ("园区今年将投资约12亿元和3000万美元。", [("投资", 1.2e9, "CNY"), ("投资", 3e7, "USD")]),
    # a word for the text's zone opens the clause: not part of what is measured
    ("该区今年将完成固定资产投资50亿元。", [("固定资产投资", 5e9, "CNY")]),
])
def test_money_goal_metrics(nlp, text, metrics):
    _, records = extract(nlp, text)
    assert sorted((t["metric"], t["value"], t["unit"]) for t in of(records, "target")) == sorted(metrics)


def test_a_land_notices_plot_table_rows_are_named_by_their_plot_codes(nlp):
    """A land-transfer notice names each row by its plot's code (JZ(2023)-041), not by a place: its figures are read
    under their columns' units all the same; a row whose first cell is a figure alone (a year) is still no row."""
    text = ("地块编号|出让面积(平方米)|折合(亩)|起始价(万元)|竞买保证金(万元)\n"
            "JZ(2023)-041|86672.30|130.01|2106|1053\n"
            "G2023-12|53334.00|80.00|1296|648\n"
            "2023|40021.50|60.03|876|438\n")
    _, records = extract(nlp, text)
    assert sorted(r["value"] for r in of(records, "money")) == [6.48e6, 1.053e7, 1.296e7, 2.106e7]
    areas = {r["text"]: r for r in of(records, "area")}
    assert set(areas) == {"86672.30", "130.01", "53334.00", "80.00"}
    assert areas["86672.30"]["kind"] == "land_use" and areas["86672.30"]["value"] == pytest.approx(0.086672)


@pytest.mark.parametrize("text", ["力争到2012年主营业务收入达到五百亿元,‘十二五’末超过一千亿元。",
                                  "「十二五」末,園區產值將超過一千億元。"])
def test_a_plan_end_in_single_or_corner_quotes_is_its_last_year(nlp, text):
    _, records = extract(nlp, text)
    thousand = [r for r in of(records, "money") if r["value"] == 1e11]
    assert [(r["year"], r["target"]) for r in thousand] == [(2015, True)]


def test_a_taiwanese_reports_own_date_and_its_tables_roc_years(nlp):
    from extractors.context import document_year

    # its own date written with dashes, after a founding date told in its first paragraph
    assert document_year("發布日期:104-02-10\n竹科於民國69年12月15日正式成立。\n", roc=True) == 2015
    assert document_year("发布时间:2013/01/10\n该区于2003年5月12日设立。\n") == 2013
    assert document_year("某开发区简介\n该区于2003年5月12日经国务院批准设立,规划面积10平方公里。\n") is None
    # a column naming an ROC year (103年營業額) heads a unit table; its currency stands before the unit
    text = normalize_text("新竹科學園區管理局\n發布日期:104-02-10\n"
                          "園區|規劃面積(公頃)|103年營業額(新臺幣億元)\n新竹園區|653|9,386\n竹南園區|123|842\n")
    records = extract(nlp, text)[1]
    assert sorted((m["value"], m["currency"], m["year"], m["target"]) for m in of(records, "money")) == [
        (8.42e10, "TWD", 2014, False), (9.386e11, "TWD", 2014, False)]
    assert sorted(a["value"] for a in of(records, "area")) == [1.23, 6.53]
    assert of(records, "target") == []


def test_a_five_year_plan_undated_is_of_its_first_year_and_its_review_of_the_plan_before_is_past(nlp, lex):
    from extractors.context import five_year_plan_start

    title = "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(节选)\n"
    assert five_year_plan_start(title, lex) == 2021
    assert five_year_plan_start("某区“十三五”工业发展规划\n", lex) == 2016
    # decoys: the proposal written before the plan, a mid-term review, a title naming no plan
    assert five_year_plan_start("关于制定第十四个五年规划和二〇三五年远景目标的建议\n", lex) is None
    assert five_year_plan_start("某区“十三五”规划中期评估报告\n", lex) is None
    assert five_year_plan_start("某开发区2021年工作要点\n", lex) is None
    text = title + ("“十三五”时期,园区累计引进亿元以上项目68个,实际利用外资累计1.12亿美元。\n"
                    "到2025年,园区营业收入突破600亿元。\n")
    records = extract(nlp, text)[1]
    assert [(t["value"], t["year"]) for t in of(records, "target")] == [(6e10, 2025)]
    usd = [m for m in of(records, "money") if m["currency"] == "USD"]
    assert [(m["target"], m["year"]) for m in usd] == [(False, 2020)]


@pytest.mark.parametrize("text, value", [
    ("竹科目前可供出租之标准厂房楼地板面积约28万坪,出租率达97.8%。", 0.92562),  # 400/121 m² each
    ("园区标准厂房第一期楼地板面积约1万2千坪,预计明年底完工。", 0.039669),
    ("厂商自建厂房面积累计约246万平方公尺。", 2.46),  # Taiwan's square metre
])
def test_taiwans_area_units(nlp, text, value):
    assert [a["value"] for a in of(extract(nlp, text)[1], "area")] == [value]


def test_a_zones_long_and_short_suffix_inside_a_part_s_name_is_one_zone(nlp):
    """A 片区 named after its free trade zone in full and in short is one zone; so is a park named after its zone's
    long and short forms. Two different parts of one zone stay two."""
    text = ("营口经开区同时也是辽宁自贸试验区营口片区所在地。中国（辽宁）自由贸易试验区营口片区实施范围二十九点九六平方公里。"
            "挂牌以来，营口片区累计新增注册企业两万一千多户。昆山高新技术产业开发区机器人产业园占地60公顷,昆山高新区机器人产业园"
            "去年产值80亿元。")
    zones = zones_of(extract(nlp, text)[1])
    assert set(zones["中国(辽宁)自由贸易试验区营口片区"]) == {"辽宁自贸试验区营口片区", "营口片区"}
    assert zones["昆山高新技术产业开发区机器人产业园"] == ["昆山高新区机器人产业园"]
    zones = zones_of(extract(nlp, "中国（辽宁）自由贸易试验区营口片区和中国（辽宁）自由贸易试验区沈阳片区")[1])
    assert len(zones) == 2


def test_the_rest_of_the_running_year_is_a_plan_without_a_goal_word(nlp):
    text = "XX省政府工作报告\n2019年1月20日\n加快潇河产业园区建设,年内完成投资200亿元以上,推进重点项目建设。\n"
    assert [(g["value"], g["year"]) for g in of(extract(nlp, text)[1], "target")] == [(2e10, 2019)]
    text = "2021年3月1日\n鼓励企业与高校共建研发平台,年内新培育国家高新技术企业8家。\n"
    assert [(g["value"], g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")] == [(8, "count", 2021)]
    # decoys: a text with no date of its own (a yearbook) records its year so; a span of years is not this year
    text = "杨凌年鉴\n年内,示范区新认定高新技术企业11户。年内完成园区建设投资5.8亿元。\n"
    assert of(extract(nlp, text)[1], "target") == []
    text = "2019年1月20日\n公司一年内到期的非流动负债15亿元。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_what_a_proposal_asks_for_is_no_goal(nlp):
    text = ("关于推动两区协同发展的提案\n2022年1月10日\n(一)建议市级层面统筹,并将到2025年两区电子信息产业营业收入达到3000亿元"
            "作为共同目标写入规划。\n(六)建议两区共建产业学院,力争用三年时间为两区输送技能人才3万人。\n"
            "您建议的3000亿元目标,我们将结合实际研究作为努力方向。\n")
    records = extract(nlp, text)[1]
    assert of(records, "target") == []
    assert [m["target"] for m in of(records, "money")] == [False, False]
    # decoys: the noun after 的 and a plan's title are what a plan follows, and its goals stay goals
    text = "2021年3月1日\n根据专家的建议,到2025年园区营业收入达到3000亿元。\n"
    assert [g["value"] for g in of(extract(nlp, text)[1], "target")] == [3e11]
    text = "2021年3月1日\n按照《市委关于制定“十四五”规划的建议》,到2025年园区营业收入达到3000亿元。\n"
    assert [g["value"] for g in of(extract(nlp, text)[1], "target")] == [3e11]


def test_what_a_plant_can_reach_is_a_projection(nlp):
    text = "库尔勒开发区投资指南\n开发区正在规划建设5000亩的农产品加工区,年加工番茄能力可达40万吨。\n"
    assert [(g["value"], g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")] == [(400000, "other", None)]
    text = "南科新闻\n半导体业者在台南园区兴建晶圆新厂,新厂月产能可达10万片晶圆。\n"
    assert [(g["value"], g["unit"]) for g in of(extract(nlp, text)[1], "target")] == [(100000, "count")]
    # decoys: a capacity of what is done; 可达 inside a firm's name, far from the figure
    text = "关丹新闻\n关丹港新深水码头第一期工程已经完工,年吞吐量可达1800万吨。\n"
    assert of(extract(nlp, text)[1], "target") == []
    text = "集聚区简报\n2012年思可达年产2800万平方米光伏玻璃生产线等8个项目建成投产。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_time_a_reform_is_to_keep_within_is_a_goal(nlp):
    text = "XX省政府工作报告\n2019年1月20日\n今年所有省级以上开发区全面推行承诺制,一般工业项目审批时间压缩到50个工作日以内。\n"
    assert [(g["value"], g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")] == [(50, "other", 2019)]
    text = "在园区建设推进会上的讲话\n园区要做到企业办事不出园,审批时限要压缩到十个工作日以内。\n"
    assert [(g["value"], g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")] == [(10, "other", None)]
    # decoys: a time compressed without 以内 or marked done is a result; so is one in a review of a year
    for sentence in ("今年企业开办时间压缩至3个工作日。", "今年项目审批时间已从45个工作日压缩到20个工作日以内。",
                     "今年我们把企业开办时间压缩到了3个工作日以内。"):
        assert of(extract(nlp, "2019年12月20日\n" + sentence + "\n")[1], "target") == []
    text = "2021年1月26日\n一、2020年工作回顾\n今年企业开办时间压缩至1个工作日以内。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_project_named_inside_a_task_does_not_make_its_sentence_a_description(nlp):
    head = "北辰区政府工作报告\n——2022年1月6日在区人民代表大会上\n三、2022年工作安排\n"
    text = head + "北辰经开区推进总投资45亿元的新能源整车项目一期竣工投产,全年完成工业总产值1180亿元、固定资产投资120亿元。\n"
    goals = of(extract(nlp, text)[1], "target")
    assert sorted((g["value"], g["year"]) for g in goals) == [(1.2e10, 2022), (1.18e11, 2022)]
    text = ("2019年2月1日\n对照规划,我们还要加压奋进:到2020年,高新区营业总收入达到2500亿元;"
            "蔡家坡经开区形成年产整车30万辆的生产能力,汽车及零部件产业产值达到1000亿元;\n")
    assert (1e11, 2020) in {(g["value"], g["year"]) for g in of(extract(nlp, text)[1], "target")}
    # decoy: the project's own figure is what the project is
    text = head + "北辰经开区推进总投资45亿元的新能源整车项目一期竣工投产。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_the_number_of_a_years_projects_is_a_goal_of_the_year(nlp):
    text = "吉林经开区访谈\n2018年3月1日\n答:今年全区共安排重点项目68个,计划总投资410亿元,年度计划投资142亿元。\n"
    assert (68, "count", 2018) in {(g["value"], g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")}
    text = "遵义经开区重点项目\n2021年3月12日\n2021年,遵义经开区共安排重点项目10个,总投资156.3亿元,年度计划投资52.9亿元。\n"
    assert (10, "count", 2021) in {(g["value"], g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")}
    # decoys: a stock of projects with no year named; a year before the report's; no year's planned spending after it
    for sentence in ("全区纳入市级调度的5000万元以上项目共73个,计划总投资612亿元,年度计划投资158亿元。",
                     "2017年全区共安排重点项目60个,年度计划投资120亿元。",
                     "今年全区共安排重点项目68个,完成投资142亿元。"):
        goals = of(extract(nlp, "2018年3月1日\n" + sentence + "\n")[1], "target")
        assert not [g for g in goals if g["unit"] == "count"], sentence


def test_a_projects_planned_cost_is_dated_by_a_completion_month_or_a_whole_completion(nlp):
    text = ("投资协议\n2022年9月1日\n一期项目计划投资7.8亿元,乙方应于2023年6月30日前开工建设,力争2024年12月底前竣工投产;"
            "二期项目计划投资4.7亿元,力争2025年底前全部建成达产。\n")
    goals = {(g["value"], g["year"]) for g in of(extract(nlp, text)[1], "target")}
    assert {(7.8e8, 2024), (4.7e8, 2025)} <= goals
    # decoy: a later year that is no completion (a start of work) does not date it
    text = "投资协议\n2022年9月1日\n一期项目计划投资7.8亿元,乙方应于2023年6月30日前开工建设。\n"
    assert [(g["value"], g["year"]) for g in of(extract(nlp, text)[1], "target")] == [(7.8e8, None)]


def test_a_capacity_a_plan_is_to_form_is_no_project_description(nlp):
    text = "株洲市园区工作会议讲话\n2016年3月1日\n北汽株洲基地今年要实现整车下线,形成年产15万辆的产能。\n"
    assert [(g["value"], g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")] == [(150000, "count", 2016)]
    # decoy: a project described by its output does not take the plan of the clause before
    text = "株洲市园区工作会议讲话\n2016年3月1日\n今年要推进北汽株洲基地建设,项目年产整车15万辆。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_companys_registered_capital_is_no_goal_carried_in(nlp):
    text = ("关于推动两区协同发展的答复\n2022年6月1日\n到2023年,配套产业园首期建成投用,入驻企业达到50家。"
            "由两区国有平台公司出资组建开发公司,注册资本10亿元,实行统一招商。\n")
    records = extract(nlp, text)[1]
    assert [g["value"] for g in of(records, "target")] == [50]
    assert [(m["value"], m["target"]) for m in of(records, "money")] == [(1e9, False)]
    # decoy: registered capital with a deadline and a goal verb of its own is a goal
    text = "2012年1月1日\n到2015年,全省担保机构注册资本金达到150亿元以上。\n"
    assert [(g["value"], g["year"]) for g in of(extract(nlp, text)[1], "target")] == [(1.5e10, 2015)]


def test_a_plan_of_a_year_written_out_reaches_the_clauses_it_lists(nlp):
    text = ("南宁高新区答网友问\n2019年3月1日\n根据两个开发区的年度计划,2019年南宁高新区计划完成固定资产投资120亿元,"
            "规模以上工业总产值增长12%,新增标准厂房面积30万平方米。\n")
    goals = {(g["value"], g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")}
    assert {(1.2e10, "CNY", 2019), (12, "percent", 2019), (0.3, "km2", 2019)} <= goals
    # decoy: the plan of a year before the report's, which an audit compares with what was done
    text = "审计报告\n2015年6月1日\n银川经开区2014年计划完成固定资产投资260亿元,新增标准厂房面积30万平方米。\n"
    assert not [g for g in of(extract(nlp, text)[1], "target") if g["unit"] == "km2"]


def test_an_expansion_of_the_planned_area_is_a_goal_of_its_plan(nlp):
    text = "万州区政府工作报告\n——2021年1月26日\n三、2021年主要工作\n推动九龙工业园片区扩区,新增规划面积12平方公里。\n"
    records = extract(nlp, text)[1]
    assert [(a["kind"], a["target"], a["year"]) for a in of(records, "area")] == [("planned", True, 2021)]
    assert [(g["value"], g["year"]) for g in of(records, "target")] == [(12, 2021)]
    # decoy: the zone's planned size in the same section is what the zone is
    text = "万州区政府工作报告\n——2021年1月26日\n三、2021年主要工作\n九龙工业园规划面积12平方公里,重点发展新材料产业。\n"
    records = extract(nlp, text)[1]
    assert [(a["target"], a["year"]) for a in of(records, "area")] == [(False, None)]


def test_a_goal_restated_as_year_on_year_growth_is_a_goal(nlp):
    text = "遵义经开区重点项目\n2021年3月12日\n全年力争完成固定资产投资150亿元以上,同比增长8%以上;\n"
    assert (8, "percent", 2021) in {(g["value"], g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")}
    text = "贵州工业园区文件\n2010年3月1日\n2010年,全省工业园区力争完成固定资产投资三百八十亿元,比上年增长百分之三十以上;\n"
    assert (30, "percent", 2010) in {(g["value"], g["unit"], g["year"]) for g in of(extract(nlp, text)[1], "target")}
    # decoys: growth after a result of part of the year, and a growth opening a result's sentence
    text = "2021年7月1日\n力争全年完成投资100亿元,上半年完成投资40亿元,已同比增长10%。\n"
    assert 10 not in [g["value"] for g in of(extract(nlp, text)[1], "target")]
    text = "2021年7月1日\n上半年园区完成投资40亿元,同比增长10%。\n"
    assert of(extract(nlp, text)[1], "target") == []


@pytest.mark.parametrize("text, goals", [
    # the rate a rule applies, under a carried deadline: no goal
    ("到2020年,两江新区工业总产值力争达到1万亿元。企业所得税方面,符合条件的企业可按15%税率征收。", [1e12]),
    ("到2025年,园区营业收入力争突破600亿元。对新落户企业按其实际投资额的10%给予补助。", [6e10]),
    # 按照 a plan is no base of a rate: the goal after it stays
    ("到2020年,两江新区工业总产值力争达到1万亿元。按照规划要求园区研发投入占比达到3%。", [3, 1e12]),
])
def test_a_percent_a_rule_applies_is_no_goal(nlp, text, goals):
    assert sorted(t["value"] for t in of(extract(nlp, text)[1], "target")) == goals


def test_a_unit_header_may_name_a_span_in_a_columns_label(nlp):
    """其中闲置超过2年(亩): a number inside a column's label is no figure of the header line; a header holds no cell
    that is a figure alone."""
    text = ("园区|闲置宗数|闲置面积(亩)|其中闲置超过2年(亩)\n红嘴经开区|23|1260|780\n四平高新区|6|352|160\n")
    areas = {a["text"]: a for a in of(extract(nlp, text)[1], "area")}
    assert set(areas) == {"1260", "780", "352", "160"}
    assert areas["1260"]["value"] == 0.84 and areas["1260"]["kind"] == "land_use"


@pytest.mark.parametrize("text", [
    "九江经开区1992年设立,2010年经国务院批准升级为国家级经济技术开发区,规划面积128平方公里,已建成面积46.8平方公里。",
    "合肥高新区是1991年国务院批准的首批国家级高新区之一,规划面积128.32平方公里,建成区面积约60平方公里。",
    "这个1992年起步的老牌开发区规划面积30.8平方公里,建成区面积16.5平方公里,现有入驻企业三百余家。",
])
def test_a_year_a_zone_was_founded_or_raised_in_does_not_date_its_built_area(nlp, text):
    built = [a for a in of(extract(nlp, "开发区简介\n2019年5月10日\n" + text)[1], "area") if a["kind"] == "built"]
    assert [a["year"] for a in built] == [None]


def test_a_year_that_opens_results_is_no_founding_year(nlp):
    # decoys: a year of results whose clause founds nothing (2020年新设立企业…), and a year in the figure's own clause
    records = extract(nlp, "开发区简介\n2021年5月10日\n2020年新设立企业120家,实现营业收入45亿元。2012年新增建设用地仅批准380公顷。")[1]
    assert money_by_text(records)["45亿元"][1] == 2020
    assert [a["year"] for a in of(records, "area")] == [2012]


def test_the_amount_projects_signed_is_investment(nlp):
    text = ("全年新签约项目96个,签约额465亿元,到位资金186亿元。上半年共签约项目46个,签约总额318.6亿元。"
            "1-8月新签约工业项目26个,签约总金额312亿元;签约招商项目24个,签约资金三十二亿元。全年签约德资项目6个,合同德资1.2亿欧元。")
    assert {m["category"] for m in of(extract(nlp, text)[1], "money")} == {"investment"}
    # decoys: money a fund or a loan is, after the deal words of its sentence
    text = "签约项目12个,安排专项资金3亿元,新增贷款5亿元。"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["financing", "financing"]


def test_fiscal_income_profit_and_cash_are_no_tax_revenue_or_financing(nlp):
    text = ("南宁高新区实现技工贸总收入2150亿元,财政收入47.6亿元。公司2021年营业收入为18.36亿元,净利润为2.14亿元;"
            "年均利润总额约6.5亿元。截至2022年6月30日,公司货币资金余额为6.83亿元。")
    assert [(m["value"], m["category"]) for m in of(extract(nlp, text)[1], "money")] == [
        (2.15e11, "revenue"), (4.76e9, "other"), (1.836e9, "revenue"), (2.14e8, "other"), (6.5e8, "other"),
        (6.83e8, "other")]
    # decoys: tax itself, profit and tax together, and a fund
    text = "上缴税金12亿元,实现利税总额26.8亿元,安排专项资金3亿元。"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["tax", "tax", "financing"]


def test_an_amount_a_grant_pays_at_a_rate_is_financing(nlp):
    text = ("企业自租厂房的,按每平方米每月3元给予租金补贴。对经物流园发往湾区的货物,按每标箱300元给予运费补贴。"
            "甲方按每平方米200元给予厂房建设补助。")
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["financing"] * 3
    # decoys: an amount with no rate before it keeps its cue (a tax bar a reward is for), and a rate that pays
    # nothing after it
    text = "企业年纳税额首次突破500万元给予一次性奖励。按每平方米每月20元收取租金。"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["tax", "other"]


def test_a_statistical_bulletins_results_are_of_the_year_it_reports_on(nlp):
    head = "新乡经济技术开发区2016年国民经济和社会发展统计公报\n\n新乡经济技术开发区统计局\n(2017年3月20日)\n\n"
    body = "生物医药产业实现主营业务收入98.7亿元,增长13.2%。开发区新建标准厂房五十二万平方米。\n"
    records = extract(nlp, head + body)[1]
    assert [m["year"] for m in of(records, "money") + of(records, "area")] == [2016, 2016]
    # decoys: a note defining the bulletin's terms, a document appended after a rule line, and a report that is
    # no bulletin
    note = "注:规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。\n"
    appended = "------\n\n省人民政府关于加快开发区发展的意见\n甘政发〔2008〕31号\n\n开发区资金缺口约十五亿元。\n"
    records = extract(nlp, head + body + note + appended)[1]
    assert [m["year"] for m in of(records, "money")] == [2016, None, None]
    # (a year's 工作总结 dates its results as a review, GUIDE's title rule: test_a_years_work_summary_title_…)
    records = extract(nlp, "新乡经开区召开2016年工作会议\n\n" + body)[1]
    assert [m["year"] for m in of(records, "money")] == [None]


def test_a_zones_planned_area_counted_at_a_date_has_that_year(nlp):
    text = ("全省开发区情况\n2013年3月1日\n截至2012年底,全省已认定省级以上工业园区65个,规划面积1420平方公里,建成区面积386平方公里;"
            "截至2009年底,园区规划总面积约386平方公里。\n")
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [2012, 2012, 2009]
    # decoys: a planned area with no date of its own, and one after a year that dates no stock
    text = "全省开发区情况\n2013年3月1日\n园区规划面积1420平方公里。2012年园区规划面积调整为1500平方公里。\n"
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [None, None]


def test_a_year_opening_a_span_up_to_now_dates_no_figure(nlp):
    head = "园区情况通报\n2016年5月10日\n"
    text = head + "关丹产业园自2013年启动以来已吸引投资逾200亿令吉。园区去年以来清理闲置低效用地2300亩,盘活闲置厂房18万平方米。\n"
    records = extract(nlp, text)[1]
    assert [f["year"] for f in of(records, "money") + of(records, "area")] == [None, None, None]
    # decoys: so far this year (今年以来) is this year, and a year with no 以来 dates its figure
    text = head + "今年以来,园区完成投资15亿元。2015年园区完成投资50亿元。\n"
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [2016, 2015]


def test_a_bonded_zones_fenced_area_is_undated(nlp):
    head = "开发区工作总结\n2022年1月10日\n一、2021年工作回顾\n"
    text = head + "天津北辰综合保税区顺利通过国家验收并封关运营,围网面积1.93平方公里,全年完成进出口总额156亿元。\n"
    records = extract(nlp, text)[1]
    assert [(a["kind"], a["year"]) for a in of(records, "area")] == [("other", None)]
    assert [m["year"] for m in of(records, "money")] == [2021]
    # decoy: the fenced area a goal sets keeps its deadline
    text = head + "到2025年,综合保税区围网面积扩大到3平方公里。\n"
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [2025]


def test_a_year_starting_a_span_with_no_end_dates_no_figure(nlp):
    head = "关于加快工业园区发展的意见\n2010年6月12日\n"
    text = head + "从2010年起,省财政每年安排工业园区发展专项资金两亿元。从二〇〇八年起,省财政每年安排开发区建设专项资金五千万元。\n"
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [None, None]
    # decoys: a year with no 起 after it, and a span still ahead, which dates what it plans
    text = head + "2010年,省财政安排工业园区发展专项资金两亿元。从2012年起,力争每个园区投资达到10亿元。\n"
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [2010, 2012]


def test_building_funds_a_budget_allots_are_financing(nlp):
    text = "市财政每年安排园区基础设施建设资金5亿元,五年合计25亿元;恳请协调市财政安排高新区基础设施建设资金3亿元。"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["financing"] * 3
    # decoy: building funds spent are investment
    text = "全年投入园区基础设施建设资金三点二亿元,新建改建园区道路12公里。"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["investment"]


def test_an_roc_year_after_a_comma_is_a_year(nlp):
    head = "科技部新闻稿\n\n发布日期:111年10月26日\n\n"
    text = head + "政府持续推动「科学园区软硬体升级计划」,111年度投入新台币45亿元改善园区水电。\n"
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [2022]
    # the first quarters of a year (111年前三季) are a part of it, not a deadline before it
    text = head + "园区厂商仍维持满载生产,111年前三季中科积体电路产业营业额约新台币6,230亿元。\n"
    assert [(m["year"], m["target"]) for m in of(extract(nlp, text)[1], "money")] == [(2022, False)]
    # decoy: the end of a longer number is no year (园区员工达1,111人 is no ROC year 111)
    from extractors.context import with_gregorian_years
    assert with_gregorian_years("累计1,111年", 0)[0] == "累计1,111年"


def test_a_date_alone_in_its_clause_is_the_time_of_the_figures_after_it(nlp):
    text = "主席报告\n\n于二零一八年十二月三十一日,本集团之银行借款合共港币2,150,000千元。\n"
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [2018]
    # decoy: a date with its event in its clause (于1992年9月1日经国务院批准设立) dates no figure after it
    text = "主席报告\n\n开发区于1992年9月1日经国务院批准设立,已建成面积46.8平方公里。\n"
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [None]


def test_invoiced_sales_are_revenue(nlp):
    text = "该区2021年完成工业开票销售610亿元,今年力争工业开票销售突破700亿元。"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["revenue", "revenue"]
    # decoy: tax counted beside the sales keeps its own cue
    text = "该区完成工业开票销售610亿元,亩均税收提高到19.8万元。"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["revenue", "tax"]


def test_funds_from_outside_the_district_or_county_are_investment(nlp):
    text = "新引进亿元以上项目37个,到位区外资金218亿元;全县到位县外资金56亿元。"
    assert {m["value"]: m["category"] for m in of(extract(nlp, text)[1], "money")} == {
        1e8: "investment", 2.18e10: "investment", 5.6e9: "investment"}
    # decoy: a fund the district sets up is financing
    text = "区财政安排专项资金3亿元。"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["financing"]


def test_support_a_grant_gives_is_financing(nlp):
    text = ("对符合条件的科技型中小企业给予最高500万元的贷款贴息支持。"
            "对入驻的香港科研团队,给予最高1,000万元人民币的科研经费支持。")
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["financing", "financing"]
    # decoy: support for investment, named before the amount, keeps the amount's own cue
    text = "支持更多企业前来投资,力争中方累计投资突破100亿美元。"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["investment"]


def test_a_projection_after_an_event_still_ahead_stays_a_goal(nlp):
    _, records = extract(nlp, "2023年6月1日\n该项目计划2025年建成后,年产值可达50亿元。")
    assert [(t["value"], t["year"]) for t in of(records, "target")] == [(5e9, 2025)]


def test_an_roc_year_after_a_list_items_number_is_a_year(nlp):
    text = normalize_text("新臺幣\n發布日期:104-02-10\n肆、未來展望\n4.104年預計核准新投資案40件以上。\n園區面積2.105年來未變。\n")
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(40, 2015)]


def test_a_zone_opening_a_later_clause_does_not_reach_back_to_the_clauses_before_it(nlp):
    head = "大庆高新区2025年工作要点\n大庆高新技术产业开发区(大庆高新区)规划面积150平方公里。\n"
    park = "卧里屯新能源汽车产业园"
    text = head + f"石化产业产值力争达到680亿元,{park}工业产值突破380亿元。\n"
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money == {"680亿元": "大庆高新技术产业开发区", "突破380亿元": park}
    text = head + f"到2028年,高新区力争实现工业总产值2000亿元,{park}整车产能达到20万辆;\n"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["大庆高新技术产业开发区"]
    # decoys: a zone opening the sentence reaches forward; a zone inside the fact's own clause is its zone; what
    # follows a colon tells what the figure is
    text = head + f"{park}工业产值突破380亿元,新增企业20家,完成投资50亿元。\n"
    assert {m["zone"] for m in of(extract(nlp, text)[1], "money")} == {park}
    text = head + f"新建厂房10万平方米的{park}投资5亿元。\n"
    assert {m["zone"] for m in of(extract(nlp, text)[1], "money")} == {park}
    text = head + f"5亿元:{park}今年完成投资\n"
    assert {m["zone"] for m in of(extract(nlp, text)[1], "money")} == {park}


def test_a_higher_governments_treasury_opening_a_clause_spends_its_own_budget(nlp):
    head = "津市高新区发展情况\n津市高新技术产业开发区规划面积12平方公里,完成投资20亿元。\n"
    for sentence, amounts in (("为此,市财政今年安排园区发展专项资金3亿元,重点支持标准厂房建设。\n", ["3亿元"]),
                              ("为支持中西部开发区完善基础设施,中央财政去年安排贷款贴息资金12亿元,撬动银行贷款超过300亿元。\n",
                               ["12亿元", "超过300亿元"]),
                              ("自治区财政厅牵头制定化债计划,要求园区政府性债务余额控制在650亿元以内。\n", ["650亿元以内"])):
        money = {m["text"]: m["zone"] for m in of(extract(nlp, head + sentence)[1], "money")}
        assert [money[a] for a in amounts] == [None] * len(amounts)
        assert money["20亿元"] == "津市高新技术产业开发区"
    # decoys: a zone named in the sentence keeps its figure; the zone's own 区财政 speaks of it
    for sentence, amount in (("市财政今年安排津市高新区发展专项资金3亿元。\n", "3亿元"),
                             ("区财政今年安排园区发展专项资金3亿元。\n", "3亿元")):
        money = {m["text"]: m["zone"] for m in of(extract(nlp, head + sentence)[1], "money")}
        assert money[amount] == "津市高新技术产业开发区"
    # a county's platform company's capital is the company's, no zone's (GUIDE, settled in round 46g)
    money = {m["text"]: m["zone"] for m in of(extract(nlp, head + "县里今年专门成立了园区投资开发公司,注册资本金五亿元。\n")[1],
                                              "money")}
    assert money["五亿元"] is None


def test_a_projects_site_field_makes_its_park_the_zone_of_a_notice_about_that_project(nlp):
    notice = ("华拓公司扩建项目环境影响评价第二次公示\n\n一、建设项目概况\n\n(一)项目名称:年产3万吨电子级氢氟酸扩建项目\n\n"
              "(三)建设地点:{site},纬三路以南\n\n(六)占地及投资:项目占地面积82.6亩,项目总投资48,600万元。\n\n"
              "三、项目所在园区概况\n\n安徽东至经济开发区是省级开发区,规划面积25.1平方公里。东至经开区下设香隅化工园和东至县城区工业园两个园区。"
              "香隅化工园规划面积12.8平方公里。\n")
    records = extract(nlp, notice.format(site="安徽东至经济开发区香隅化工园内"))[1]
    assert {m["text"]: m["zone"] for m in of(records, "money")} == {"48,600万元": "香隅化工园"}
    areas = {a["text"]: a["zone"] for a in of(records, "area")}
    assert areas["82.6亩"] == "香隅化工园" and areas["25.1平方公里"] == "安徽东至经济开发区"
    announcement = ("恒拓智装关于签订项目投资协议书的公告\n\n● 项目选址:湖州莫干山高新技术产业开发区内的德清智能装备产业园,"
                    "项目用地面积约150亩。\n\n三、投资协议书的主要内容\n\n甲方:湖州莫干山高新技术产业开发区管理委员会\n"
                    "乙方:浙江恒拓智能装备股份有限公司\n\n1. 投资规模:项目计划总投资12.5亿元。\n\n"
                    "湖州莫干山高新技术产业开发区(以下简称“莫干山高新区”)规划面积115平方公里,莫干山高新区去年完成投资80亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, announcement)[1], "money")}
    assert money == {"12.5亿元": "德清智能装备产业园", "80亿元": "湖州莫干山高新技术产业开发区"}
    # decoys: a site of several parks, and a list of projects each with its own site, make no document's zone
    records = extract(nlp, notice.format(site="安徽东至经济开发区香隅化工园、东至县城区工业园内"))[1]
    assert {m["text"]: m["zone"] for m in of(records, "money")}["48,600万元"] != "香隅化工园"
    guide = ("库尔勒经开区招商项目\n库尔勒经济技术开发区规划面积100平方公里。\n"
             "1.年产30万吨聚碳酸酯项目。\n建设地点:上库石化产业园。\n2.年产5000万米色织布项目。\n建设地点:西尼尔纺织服装产业园。\n"
             "今年计划完成投资50亿元。\n")
    assert {m["text"]: m["zone"] for m in of(extract(nlp, guide)[1], "money")} == {"50亿元": "库尔勒经济技术开发区"}


def test_a_pdfs_lines_broken_at_the_page_width_are_read_as_their_paragraphs(nlp):
    pdf = ("西宁经济技术开发区发展评估\n"
           "西宁经济技术开发区是国务院批准设立的国家级开发区,先后整合东川工业园区\n"
           "、甘河工业园区和南川工业园区,四个园区规划总面积为89.3平方公里,开发区\n"
           ",累计上缴税金72亿元,获批国家新型工业化产业示范基地和国家级生物产业基地\n"
           "。\n"
           "(一)东川工业园区。园区以光伏制造和新材料为主导产业,2011年园区新建厂房\n"
           "18万平方米,亚洲硅业二期等12个项目建成投产,园区起步区规划用地650公顷。\n"
           "(二)甘河工业园区。甘河园区以有色冶金和盐湖化工为主导产业,2011年累计\n"
           "完成投资81.3亿元,电解铝产能达到110万吨。园区现有工业用地1.2万亩,今年\n"
           ",已供地7800亩,其中闲置土地约300亩,下一步将重点发展铝精深加工产业集群\n"
           "东川工业园区 22.5 58.6 46.2\n"
           "甘河工业园区 38.0 81.3 72.4\n")
    records = extract(nlp, pdf)[1]
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    assert money["81.3亿元"] == "甘河工业园区"
    assert {a["text"]: a["zone"] for a in of(records, "area")}["7800亩"] == "甘河工业园区"
    # decoy: table rows are not joined, each keeps its own park
    rows = [r for r in of(records, "area") if r["text"] in ("22.5", "38.0")]
    assert all(r["zone"] == {"22.5": "东川工业园区", "38.0": "甘河工业园区"}[r["text"]] for r in rows)
    # decoy: a text whose lines are paragraphs (no line opens with a comma) is read line by line
    web = pdf.replace("\n,", ",").replace("\n、", "、").replace("\n。", "。")
    assert {m["text"]: m["zone"] for m in of(extract(nlp, web)[1], "money")}["81.3亿元"] != "甘河工业园区"


def test_the_other_zones_of_a_sentence_are_many_zones_at_once(nlp):
    head = "东莞市园区发展规划\n东莞松山湖科技产业园区规划面积72平方公里。\n"
    text = head + "严格执行投资强度标准,东莞松山湖科技产业园区新进项目投资强度不低于每亩200万元,其他园区不低于每亩100万元。\n"
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money == {"200万元": "东莞松山湖科技产业园区", "100万元": None}
    # decoy: a zone's own clause after the other zones keeps its zone
    text = head + "其余园区完成投资20亿元,东莞松山湖科技产业园区完成投资50亿元。\n"
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money == {"20亿元": None, "50亿元": "东莞松山湖科技产业园区"}


def test_a_zone_opening_a_clause_after_other_figures_does_not_speak_past_its_semicolon(nlp):
    head = "大庆高新区2025年工作要点\n大庆高新技术产业开发区(大庆高新区)规划面积150平方公里。\n"
    park = "卧里屯新能源汽车产业园"
    text = head + f"到2028年,高新区力争实现工业总产值2000亿元,{park}整车产能达到20万辆;建成区面积扩大到115平方公里。\n"
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["115平方公里"] == "大庆高新技术产业开发区"
    # decoy: a zone opening the run-on sentence before any figure speaks for all its parts
    text = head + f"到2028年,{park}整车产能达到20万辆,产值达到500亿元;建成区面积扩大到15平方公里。\n"
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["15平方公里"] == park


def test_a_paragraph_opening_with_a_short_form_is_about_the_documents_only_zone_of_that_kind(nlp):
    head = ("海南自贸港观察\n海口国家高新技术产业开发区以医药为主导产业,海口高新区今年新增企业50家。\n"
            "海口综合保税区今年进出口总额突破100亿元,海口综合保税区二期开工。\n")
    text = head + "高新区招商局长举例,一家总投资5亿元的医疗耗材厂可申请最高2,000万元的补助。\n"
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["5亿元"] == money["2,000万元"] == "海口国家高新技术产业开发区"
    # decoys: two zones of that kind in the document, or another zone named in the paragraph, make none its own
    text = head.replace("海口综合保税区", "三亚崖州湾高新区") + "高新区招商局长举例,一家总投资5亿元的医疗耗材厂。\n"
    assert {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}["5亿元"] is None
    text = head + "高新区招商局长举例,一家总投资5亿元的医疗耗材厂。海口综合保税区将提供仓储。\n"
    assert {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}["5亿元"] != "海口国家高新技术产业开发区"


def test_a_part_named_after_qizhong_does_not_take_the_whole_before_it(nlp):
    text = ("郑州航空港经济综合实验区是全国首个航空港经济发展先行区。\n"
            "据介绍,航空港区规划面积415平方公里,其中郑州新郑综合保税区5.073平方公里。")
    areas = {a["value"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    # the whole is not the part's (航空港区 is no name the rules know: no zone rather than the wrong one)
    assert areas == {415: None, 5.073: "郑州新郑综合保税区"}


def test_a_count_with_a_qualifier_after_deng_closes_a_list_of_industries(nlp):
    text = ("四川省开发区发展报告\n全省开发区已培育形成电子信息、装备制造、饮料食品、油气化工、钒钛钢铁、能源电力、"
            "汽车制造等七大优势产业集群。\n")
    names = {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    assert {"饮料食品", "油气化工", "钒钛钢铁", "能源电力", "汽车制造"} <= names
    # decoy: a name after 等 is the industry its examples stand for
    text = "某某市工业报告\n重点打造发动机、变速箱等关键零部件产业集群。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"关键零部件"}


def test_an_item_that_names_its_zone_first_is_the_zones_industry(nlp):
    text = ("开发区比较研究\n建议云南重点培育昆明经开区装备制造、曲靖经开区汽车两个产业集群,"
            "广西重点培育柳州高新区汽车、北海工业园区电子信息两个千亿级产业集群。\n")
    found = {(r["name"], r["zone"]) for r in of(extract(nlp, text)[1], "industry")}
    assert found == {("装备制造", "昆明经开区"), ("汽车", "曲靖经开区"), ("汽车", "柳州高新区"), ("电子信息", "北海工业园区")}
    # decoy: a list with no zone inside it keeps its items whole
    text = "开发区比较研究\n曲靖经开区重点培育汽车、新能源电池两个产业集群。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"汽车", "新能源电池"}


@pytest.mark.parametrize("text, names", [
    # a whole list of two is two industries (GUIDE, settled in round 39g)
    ("大理创新工业园区重点发展汽车及机械制造产业,今年园区新开工项目不少于20个。", {"汽车", "机械制造"}),
    ("曲靖经济技术开发区以汽车及装备制造、新材料、生物医药为主导产业。", {"汽车及装备制造", "新材料", "生物医药"}),
    ("园区的主导产业是钢铁及有色金属加工和清洁能源。", {"钢铁及有色金属加工", "清洁能源"}),
    # decoys: 及 between two industries of which the second is no trade of making
    ("苏州产业园以生物医药及医疗器械为主导产业。", {"生物医药", "医疗器械"}),
    ("二林园区以精密机械、绿能及半导体设备为引进产业。", {"精密机械", "绿能", "半导体设备"}),
])
def test_a_trade_of_making_after_ji_makes_one_industry_with_the_word_before(nlp, text, names):
    assert {r["name"] for r in of(extract(nlp, "标题\n" + text + "\n")[1], "industry")} == names


def test_robots_and_intelligent_equipment_is_one_sector_as_a_list_item(nlp):
    text = "松山湖高新区以新一代信息技术、生物技术、机器人与智能装备、新材料为主导产业。\n"
    assert "机器人与智能装备" in {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    # the pair as the whole list is two (GUIDE, settled in round 39g)
    text = "嘉汇年报\n东莞松山湖嘉汇创新园占地面积约210亩,主导产业为机器人与智能装备,年内实现合约销售额4.26亿元。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"机器人", "智能装备"}
    # decoy: the two written as items of a list are two industries
    text = "某某高新区\n某某高新区重点发展机器人、智能装备和新材料。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"机器人", "智能装备", "新材料"}


def test_yitihua_is_part_of_an_industry_name(nlp):
    text = "某某经开区\n洋浦经济开发区以石油化工、林浆纸一体化为主导产业。重点发展电子信息、新能源和光机电一体化三大产业。\n"
    names = {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    assert {"林浆纸一体化", "光机电一体化"} <= names
    # decoy: a project of the industry named outside a list is no fact
    text = "某某经开区\n园区内,总投资15亿元的光机电一体化二期项目已进入设备调试阶段。\n"
    assert of(extract(nlp, text)[1], "industry") == []


def test_a_list_after_its_cue_closed_by_a_count_of_its_items_and_chanye_names_industries(nlp):
    text = "晋城市开发区\n明年芹池园区将重点发展陶瓷、装配式建筑两大产业,全年引进项目10个。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"陶瓷", "装配式建筑"}
    # decoys: a count that does not match the items, a count of fields that are no industries
    for tail in ("陶瓷、装配式建筑三大产业。", "基础设施和公共服务两个领域。"):
        assert of(extract(nlp, "晋城市开发区\n明年芹池园区将重点发展" + tail + "\n")[1], "industry") == []


def test_a_count_between_a_list_and_its_cue_is_no_part_of_its_last_item(nlp):
    # the last item with its count would be longer than an item may be
    text = "新华社综述\n青海生物科技产业园则着力培育藏药、高原动植物资源精深加工两大产业集群,已入驻企业41家。\n"
    assert ("藏药", "cluster") in {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")}
    # decoy: a count with no list before it
    text = "新华社综述\n青海生物科技产业园力争建成两大产业集群。\n"
    assert of(extract(nlp, text)[1], "industry") == []


def test_parks_listed_before_a_count_of_them_are_zones(nlp):
    text = "包头稀土高新区访谈\n下面有稀土应用产业园、希望工业园、万水泉工业园三个园区。\n"
    assert {"希望工业园", "万水泉工业园"} <= set(zones_of(extract(nlp, text)[1]))
    # decoys: a count that does not match the items, and bare zone words as items
    text = "包头稀土高新区访谈\n下面有希望工业园、万水泉工业园三个园区。\n"
    assert "希望工业园" not in zones_of(extract(nlp, text)[1])
    assert of(extract(nlp, "全市工作报告\n全市有高新区、经开区两个园区。\n")[1], "zone") == []


@pytest.mark.parametrize("text", [
    "西南沿边沿海省区开发区发展比较研究",
    "比较分析云南、广西、海南三省区开发区的发展现状与主要问题。",
    "西部省份开发区发展较慢。",
])
def test_provinces_grouped_or_counted_before_a_zone_word_are_their_zones_together(nlp, text):
    assert of(extract(nlp, "研究报告\n" + text + "\n")[1], "zone") == []


def test_a_zone_after_provinces_counted_elsewhere_keeps_its_name(nlp):
    # decoy: a zone named in the sentence after the provinces' count
    text = "研究报告\n云南、广西、海南三省区中,广西钦州保税港区规划面积10平方公里。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"广西钦州保税港区"}


@pytest.mark.parametrize("text, names", [
    ("园区以数字文创和数字健康为主导产业。", {"数字文创", "数字健康"}),
    ("园区的主导产业是钢铁及有色金属加工、石化下游产品和清洁能源。", {"钢铁及有色金属加工", "石化下游产品", "清洁能源"}),
    # decoy: a verb before the word still makes the item a task
    ("园区以促进健康和电子信息为主导产业。", {"电子信息"}),
])
def test_jiankang_and_xiayou_stand_inside_industry_names(nlp, text, names):
    assert {r["name"] for r in of(extract(nlp, "标题\n" + text + "\n")[1], "industry")} == names


def test_a_processing_park_is_a_zone(nlp):
    text = "研究报告\n梧州进口再生资源加工园区规划面积8.5平方公里,是华南地区重要的再生资源集散地。\n"
    records = extract(nlp, text)[1]
    assert set(zones_of(records)) == {"梧州进口再生资源加工园区"}
    assert [a["zone"] for a in of(records, "area")] == ["梧州进口再生资源加工园区"]
    # decoy: a processing park with no place is a kind of park being built
    assert of(extract(nlp, "研究报告\n建设农产品加工园区,完成投资5亿元。\n")[1], "zone") == []


def test_zaisheng_stands_inside_industry_names(nlp):
    text = "研究报告\n梧州进口再生资源加工园区以再生不锈钢、再生铜铝为主导产业。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"再生不锈钢", "再生铜铝"}
    # decoy: a verb before it keeps the item a task
    text = "研究报告\n某某园区以推动再生利用和电子信息为主导产业。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"电子信息"}


def test_a_spoken_list_after_its_cue_ends_at_a_demonstrative_and_a_count(nlp):
    text = ("包头稀土高新区访谈\n问:园区的主导产业是什么?\n答:主导产业就是稀土新材料及应用、装备制造、铝铜精深加工这三块,"
            "再加上新能源。\n")
    names = {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    assert {"稀土新材料及应用", "装备制造", "铝铜精深加工"} <= names
    # decoy: a list after a weak cue closed by 等 still stops there
    text = "某某高新区\n某某高新区重点发展电子信息、新材料等产业,这两年发展很快。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"电子信息", "新材料"}


@pytest.mark.parametrize("text, names", [
    ("稀土应用产业园重点发展永磁材料和储氢材料。", {"永磁材料", "储氢材料"}),
    ("以钛合金、高温合金、电子新材料为重点,推动钛材深加工项目年内开工。", {"钛合金", "高温合金", "电子新材料"}),
    # decoys: items with no known industry and no such head after a weak cue are tasks
    ("以钛合金、高温合金为重点,推动项目年内开工。", set()),
    ("重点发展基础设施和公共服务。", set()),
])
def test_a_material_by_its_head_word_is_a_kind_of_industry(nlp, text, names):
    assert {r["name"] for r in of(extract(nlp, "标题\n" + text + "\n")[1], "industry")} == names


@pytest.mark.parametrize("text, names", [
    ("开发区确立了石油天然气化工、纺织服装、新型建材和现代物流四大主导产业。", {"石油天然气化工", "纺织服装", "新型建材", "现代物流"}),
    ("到2015年形成盐湖化工、油气化工、金属冶金、煤化工四大产业集群。", {"盐湖化工", "油气化工", "金属冶金", "煤化工"}),
    # decoy: opening words before an unknown chemical industry still leave its known tail (编制集聚区能源化工)
    ("编制集聚区能源化工产业集群发展规划。", {"能源化工"}),
])
def test_salt_lake_and_oil_and_gas_chemicals_are_industries_of_their_own(nlp, text, names):
    assert {r["name"] for r in of(extract(nlp, "标题\n" + text + "\n")[1], "industry")} == names


@pytest.mark.parametrize("text, names", [
    ("绿科园将成为柔佛州南部最大的绿色产业集群。", set()),
    ("纺织服装产业集群被列为自治区重点产业集群,全产业链产值达到96亿元。", {"纺织服装"}),
    # decoys: the adjective opening a name, and a name of its own ending so, stay industries
    ("打造绿色食品、智能装备两大产业集群。", {"绿色食品", "智能装备"}),
])
def test_an_opening_adjective_or_a_rank_alone_names_no_industry(nlp, text, names):
    assert {r["name"] for r in of(extract(nlp, "标题\n" + text + "\n")[1], "industry")} == names


def test_an_industry_named_twice_in_a_sentence_keeps_its_first_mentions_role(nlp):
    # the list after 重点发展 comes first in the text, though the cue after a list is read first
    text = "慈溪高新区\n慈溪高新区重点发展家用电器、新能源和生命健康产业,是全市家用电器产业集群的核心承载区。\n"
    found = {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")}
    assert ("家用电器", "planned") in found and ("家用电器", "cluster") not in found
    # a strong role named later does not overrule it (GUIDE, 2026-12-07)
    text = "某某经开区\n某某经开区重点发展家用电器和新能源,以家用电器为主导产业。\n"
    found = {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")}
    assert ("家用电器", "planned") in found and ("家用电器", "leading") not in found


def test_smart_home_appliances_keep_their_adjective(nlp):
    text = ("慈溪高新区\n慈溪高新区重点发展智能家电、新能源和生命健康产业,是全市智能家电产业集群的核心承载区。\n")
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"智能家电", "新能源", "生命健康"}
    # decoy: household appliances written plainly stay 家电
    text = "某某经开区\n某某经开区以家电和新能源为主导产业。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"家电", "新能源"}


def test_parks_mainly_of_an_industry_are_a_kind_of_park(nlp):
    text = "晋城市开发区\n受煤炭市场低迷影响,部分以煤化工为主的园区今年产值出现下滑。\n"
    assert of(extract(nlp, text)[1], "industry") == []
    # decoy: the zone's own industries 为主 still are
    text = "某某经开区\n某某经开区形成了以装备制造和新能源为主的产业体系。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"装备制造", "新能源"}


def test_a_project_is_no_industry(nlp):
    text = "新华社综述\n东川工业园今年计划新增工业用地3000亩,重点引进光伏和电子材料项目。\n"
    assert of(extract(nlp, text)[1], "industry") == []
    # decoy: the same industries listed without 项目
    text = "新华社综述\n东川工业园重点引进光伏和电子材料等产业。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"光伏", "电子材料"}


def test_a_list_after_its_cue_closed_by_chanye_names_industries(nlp):
    text = "池州市环评公示\n香隅化工园以精细化工为主导产业,重点发展氟化工和农药原药产业,园区内已建成污水处理厂。\n"
    assert {"氟化工", "农药原药"} <= {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    # decoy: unknown items with no 产业 after them are no industries after a weak cue (氟化工 is known since round 52c)
    text = "池州市环评公示\n香隅化工园重点发展医药原料和农药原药,园区内已建成污水处理厂。\n"
    assert of(extract(nlp, text)[1], "industry") == []


def test_a_known_name_with_a_joining_word_stays_whole_at_a_paired_lists_end(nlp):
    # the first item pairs with 与, so a 和 in the last item would close the list, but 软件和信息服务 is one sector
    text = "济南高新区\n济南高新区主导产业是智能制造与高端装备、生物医药、软件和信息服务。\n"
    names = {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    assert "软件和信息服务" in names and "软件" not in names and "信息服务" not in names
    # decoy: a 和 between two names the lexicon does not know whole still closes the list
    text = "济南高新区\n济南高新区主导产业是智能制造与高端装备、生物医药、新材料和新能源。\n"
    names = {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    assert {"新材料", "新能源"} <= names


def test_a_clusters_key_lines_are_sub_sectors_not_industries(nlp):
    text = ("某市十四五规划\n做强汽车产业集群,重点发展新能源汽车、汽车电子、关键零部件,产业规模突破千亿元;\n"
            "(三)生物医药产业集群:以高新区生物医药产业园为载体,重点发展原料药、中成药、医疗器械。\n")
    names = {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    assert not names & {"新能源汽车", "汽车电子", "原料药", "中成药", "医疗器械"}
    # decoy: after a list of clusters, the cue lists the zone's own planned industries
    text = "某某经开区\n某某经开区形成皮革皮草、装备制造两大产业集群,重点发展新材料、现代物流等产业。\n"
    names = {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    assert {"新材料", "现代物流"} <= names


def test_a_places_industrial_city_is_a_zone(nlp):
    text = "佛山市政府工作报告\n顺德工业城去年实现规模以上工业总产值320亿元;高明工业新城规划面积45平方公里。\n"
    records = extract(nlp, text)[1]
    assert set(zones_of(records)) == {"顺德工业城", "高明工业新城"}
    assert [a["zone"] for a in of(records, "area")] == ["高明工业新城"]
    # decoys: an old industrial city and a plan's grown-up districts are no zones
    text = "研究报告\n这座老工业城市转型发展,麦田变成了一个个现代化的工业新城。\n"
    assert of(extract(nlp, text)[1], "zone") == []


def test_main_industries_after_yi_wei_are_leading(nlp):
    text = "某某经开区\n某某经开区以装备制造、生物医药和新材料为三大主要产业,去年实现产值300亿元。\n"
    roles = {r["name"]: r["role"] for r in of(extract(nlp, text)[1], "industry")}
    assert roles == {"装备制造": "leading", "生物医药": "leading", "新材料": "leading"}
    # decoy: Taiwan's 主要产业聚落 stays a cluster
    text = "中部科学园区\n中科以积体电路、光电及精密机械为主要产业聚落。\n"
    assert {r["role"] for r in of(extract(nlp, text)[1], "industry")} == {"cluster"}


def test_zhoubian_after_ji_is_part_of_the_industry(nlp):
    # 电脑及周边 (computers and peripherals) is one industry: never cut to 电脑
    text = "新竹科学工业园区\n园区以积体电路、电脑及周边、通讯、光电、精密机械及生物技术为六大主要产业。\n"
    names = {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    assert "电脑" not in names and {"精密机械", "生物技术"} <= names


def test_a_five_year_plans_goals_with_no_time_of_their_own_are_of_its_last_year(nlp, lex):
    """A five-year plan dates its goals with no time word (力争…突破, …达到) by its last year, as a one-year plan
    (…2021年工作方案) dates them by its year."""
    from extractors.context import five_year_plan_end

    title = "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(节选)\n"
    assert five_year_plan_end(title, lex) == 2025
    assert five_year_plan_end("某区“十三五”工业发展规划\n", lex) == 2020
    assert five_year_plan_end("某区“十三五”规划中期评估报告\n", lex) is None
    text = title + ("第三节　发展目标\n——发展空间更足。辛集经开区建成区面积达到30平方公里。\n"
                    "推动国际皮革城与皮革产业园联动发展,力争皮革城年交易额突破300亿元。\n")
    targets = of(extract(nlp, text)[1], "target")
    assert sorted((t["value"], t["year"]) for t in targets) == [(30.0, 2025), (3e10, 2025)]
    # decoys: the same goals in a report that is no plan stay undated; a past result in the plan is no goal
    text = "某市发展改革委关于园区工作的报告\n力争皮革城年交易额突破300亿元。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [None]
    text = title + "2020年,园区实现营业收入386亿元。\n"
    assert of(extract(nlp, text)[1], "target") == []


@pytest.mark.parametrize("text, years", [
    # a completion stated clauses before the event dates what it projects
    ("另外,我们新建的集成电路设计产业园今年六月投入使用,建筑面积十二万平方米,已签约入驻企业三十多家,"
     "建成后预计可容纳企业八十家以上。", [2023]),
    # a start dates no end: when the build is done is not known
    ("园区计划总投资三百亿元,今年上半年开工建设首批八个项目,全部建成投产后,预计年产值可达八百亿元,带动就业一万二千人。",
     [None, None]),
    # the event's own time still dates it, a start before notwithstanding
    ("一座总投资约280亿元的乙烯项目已于去年动工,预计2024年投产后年产值可达300亿元。", [2024]),
    # the clause right before, with no start, still dates it
    ("二期将于年内竣工,建成后可容纳企业80家以上。", [2023]),
])
def test_a_projection_is_dated_by_a_completion_not_by_a_start(nlp, text, years):
    records = extract(nlp, "省政府新闻发布会\n2023年2月16日\n" + text + "\n")[1]
    projected = [t for t in of(records, "target") if "总投资" not in t["metric"]]
    assert [t["year"] for t in projected] == years


def test_a_park_after_a_bare_zone_word_and_neidi_is_its_clauses_subject(nlp):
    # the bare 集聚区 / 园区 only says where the park lies; it points back to no zone
    text = ("许昌市产业集聚区巡礼\n襄城县产业集聚区规划面积十五点六平方公里。"
            "集聚区内的襄城县循环经济产业园规划面积五点二平方公里,已完成征地三千二百亩。\n"
            "沈阳经济技术开发区\n园区里的沈阳经开区新能源汽车产业园规划面积3平方公里,已完成征地3200亩。\n")
    areas = [a["zone"] for a in of(extract(nlp, text)[1], "area")]
    assert areas == ["襄城县产业集聚区"] + ["襄城县循环经济产业园"] * 2 + ["沈阳经开区新能源汽车产业园"] * 2
    # decoy: a park that is only the object of the clause; the bare word opening it is the subject (no 内的)
    text = ("许昌市产业集聚区巡礼\n"
            "襄城县产业集聚区规划面积十五点六平方公里。集聚区加快建设襄城县循环经济产业园,已完成征地三千二百亩。\n")
    assert [a["zone"] for a in of(extract(nlp, text)[1], "area")] == ["襄城县产业集聚区"] * 2


def test_a_places_gongyecheng_is_a_zone(nlp):
    text = ("江门市政府工作报告\n鹤山工业城去年实现规模以上工业总产值420亿元;"
            "台山工业新城规划面积60平方公里,已建成面积16.5平方公里。\n")
    records = extract(nlp, text)[1]
    assert {"鹤山工业城", "台山工业新城"} <= {z["name"] for z in of(records, "zone")}
    assert [a["zone"] for a in of(records, "area")] == ["台山工业新城"] * 2
    # decoys: a city called an old industrial city, a new industrial town as a figure of speech
    text = ("石嘴山市新闻\n石嘴山这座老工业城正在转型,建起一个个现代化的工业新城。\n")
    assert of(extract(nlp, text)[1], "zone") == []


def test_a_yearbook_entry_titled_with_a_zone_is_about_it(nlp):
    text = ("乌鲁木齐年鉴\n【概况】　乌鲁木齐高新技术产业开发区（简称高新区）规划面积300平方公里。\n"
            "【北京路科技园】　位于北京路两侧，为高新区起步区，规划面积12.6平方公里。2014年，园区上缴税金21.3亿元。\n")
    records = extract(nlp, text)[1]
    assert [a["zone"] for a in of(records, "area")] == ["乌鲁木齐高新技术产业开发区", "北京路科技园"]
    assert [m["zone"] for m in of(records, "money")] == ["北京路科技园"]
    # decoys: a title naming no zone; a clause in the entry naming its own zone keeps it
    text = ("乌鲁木齐年鉴\n【概况】　乌鲁木齐高新技术产业开发区（简称高新区）规划面积300平方公里。\n"
            "【园区建设】　位于北京路两侧，为高新区起步区，规划面积12.6平方公里。\n"
            "【北京路科技园】　2014年，园区上缴税金21.3亿元，乌鲁木齐软件园收入72.4亿元。\n")
    records = extract(nlp, text)[1]
    assert [a["zone"] for a in of(records, "area")] == ["乌鲁木齐高新技术产业开发区"] * 2
    assert [m["zone"] for m in of(records, "money")] == ["北京路科技园", "乌鲁木齐软件园"]


def test_an_economic_cluster_is_its_own_zone(nlp):
    # Henan's 经济技术产业集聚区 has the economic zone at its core: two zones, and not the county's 产业集聚区
    text = ("许昌日报\n许昌经济技术产业集聚区以省级许昌经济技术开发区为核心,规划面积二十八点五平方公里。"
            "许昌县产业集聚区规划面积十二平方公里。\n")
    zones = {z["name"]: z["aliases"] for z in of(extract(nlp, text)[1], "zone")}
    assert set(zones) == {"许昌经济技术产业集聚区", "许昌经济技术开发区", "许昌县产业集聚区"}
    # decoy: an economic zone's short form still joins its full name
    text = "新乡日报\n新乡经济技术开发区(以下简称新乡经开区)规划面积二十平方公里。新乡经开区新增企业10家。\n"
    assert {z["name"] for z in of(extract(nlp, text)[1], "zone")} == {"新乡经济技术开发区"}


def test_a_plans_title_may_stand_below_its_issuers_header(nlp, lex):
    from extractors.context import plan_year

    notice = ("某市发展和改革委员会文件\n\n某发改工业〔2013〕56号\n\n某市发展和改革委员会\n"
              "关于印发《2013年全市产业集聚区建设工作要点》的通知\n\n各县(市、区)发展改革委:\n")
    assert plan_year(notice, lex) == 2013
    # decoys: a title naming two years, no plan among the first lines
    assert plan_year("某市人民政府\n关于2012年工作总结和2013年工作计划的报告\n", lex) is None
    assert plan_year("某开发区简介\n园区概况\n", lex) is None
    tasks = notice + "二、重点任务\n1.新建标准化厂房120万平方米。\n2.新建公共服务平台10个。\n"
    goals = sorted((t["value"], t["year"]) for t in of(extract(nlp, tasks)[1], "target"))
    assert goals == [(1.2, 2013), (10, 2013)]


@pytest.mark.parametrize("text", ["完成6个亿元以上项目建设,新增主营业务收入40亿元。", "今年引进一百个亿元项目。"])
def test_a_count_of_projects_before_yiyuan_is_no_spoken_amount(nlp, text):
    """6个亿元以上项目 counts projects of a hundred million each; 一百个亿 alone is a spoken amount."""
    values = [m["value"] for m in of(extract(nlp, text)[1], "money")]
    assert 6e8 not in values and 1e10 not in values
    assert [m["value"] for m in of(extract(nlp, "去年完成投资一百个亿。")[1], "money")] == [1e10]


# Round 16c of industries (tuned on blind4–blind17): examples before 等, counts that split 及, cooperation fields,
# rank-labelled bases, sub-sectors under an industry.

def test_industry_named_after_its_examples_in_a_by_with_list(nlp):
    text = "虞城县产业集聚区以钢卷尺等五金工量具为主导产业,全国每十把钢卷尺就有六把产自这里。"
    assert industries_of(extract(nlp, text)[1]) == {"五金工量具": ("leading", "虞城县产业集聚区")}
    text = "德令哈工业园以纯碱、氯碱等盐碱化工为主导产业,2018年实现工业总产值96.4亿元。"
    assert set(industries_of(extract(nlp, text)[1])) == {"盐碱化工"}
    # decoys: a word after 等 that names no industry leaves the items as they are
    text = "园区以电子信息、装备制造等产业为主导,投资1亿元。"
    assert set(industries_of(extract(nlp, text)[1])) == {"电子信息", "装备制造"}
    text = "园区以电子信息、装备制造等为主导产业,投资1亿元。"
    assert set(industries_of(extract(nlp, text)[1])) == {"电子信息", "装备制造"}


def test_a_count_after_the_list_splits_every_ji(nlp):
    text = "合肥经开区已形成汽车、家用电器及装备制造三大主导产业,二零一六年区内规模以上工业总产值约人民币2,600亿元。"
    assert set(industries_of(extract(nlp, text)[1])) == {"汽车", "家用电器", "装备制造"}
    # decoys: a count that matches the list as written, a name the lexicon knows whole with its 及
    text = "合肥经开区已形成电子信息、家用电器及装备制造两大主导产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"电子信息", "家用电器及装备制造"}
    text = "园区已形成电子信息、汽车及零部件三大主导产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"电子信息", "汽车及零部件"}


def test_fields_of_cooperation_are_no_industries(nlp):
    text = ("2015年启动的中新(重庆)战略性互联互通示范项目不设实体园区,"
            "而以金融服务、航空产业、交通物流和信息通信为四大重点合作领域。")
    assert of(extract(nlp, text)[1], "industry") == []
    # decoy: the same list as a zone's key industries
    text = "两江新区以金融服务、航空产业、交通物流和信息通信为四大重点产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"金融服务", "航空", "交通物流", "信息通信"}


@pytest.mark.parametrize("text", [
    "到2015年,经开区将建成国家级稀土新材料产业基地,主营业务收入达到一千亿元。",
    "襄城县产业集聚区力争建成全国重要的硅碳新材料产业基地。",
    "到二〇二〇年建成世界一流的轨道交通装备产业基地。",
])
def test_a_base_labelled_with_its_scope_names_no_industries(nlp, text):
    assert of(extract(nlp, text)[1], "industry") == []


def test_bases_a_zone_builds_still_name_its_industries(nlp):
    text = "高新区将打造新能源、新材料和高端装备制造三大产业基地。"
    assert set(industries_of(extract(nlp, text)[1])) == {"新能源", "新材料", "高端装备制造"}


def test_a_by_with_list_after_an_industry_gives_its_sub_sectors(nlp):
    text = "高新区生物医药产业以民族医药、生物制品为重点,新增药品批准文号14个。"
    assert of(extract(nlp, text)[1], "industry") == []
    # decoys: a cue's own 产业 before 以, a place's industry in general
    text = "园区主导产业以电子信息、装备制造为主导。"
    assert set(industries_of(extract(nlp, text)[1])) == {"电子信息", "装备制造"}
    text = "该县工业以电子信息、装备制造为主导产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"电子信息", "装备制造"}


def test_industry_names_of_outsourcing_machinery_and_automation(nlp):
    text = "花桥经开区以金融外包、总部经济和商贸物流为主导产业,规划面积50平方公里。"
    assert set(industries_of(extract(nlp, text)[1])) == {"金融外包", "总部经济", "商贸物流"}
    text = "数字经济产业园占地120亩,重点发展软件外包、呼叫中心和电子商务,目前入驻企业31家。"
    assert set(industries_of(extract(nlp, text)[1])) == {"软件外包", "呼叫中心", "电子商务"}
    text = "高新区以光电子信息、生物、环保节能、高端装备制造和现代服务业为五大主导产业。"
    assert "环保节能" in industries_of(extract(nlp, text)[1])
    text = "长沙经济技术开发区是湖南工程机械产业集群的核心区,三一等龙头企业聚集于此。"
    assert set(industries_of(extract(nlp, text)[1])) == {"工程机械"}
    text = "长安工业园以五金模具和电子信息为主导产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"五金模具", "电子信息"}
    text = "鞍山高新区主导产业是工业自动化与系统控制、激光及光电、软件和信息服务。"
    assert set(industries_of(extract(nlp, text)[1])) == {"工业自动化与系统控制", "激光及光电", "软件和信息服务"}
    # decoys: a call centre a park builds, machinery as a line of goods
    assert of(extract(nlp, "园区建成呼叫中心一座,投资2000万元。")[1], "industry") == []
    assert of(extract(nlp, "企业采购工程机械120台。")[1], "industry") == []


def test_unknown_names_with_an_adjective_jieba_tags_as_a_verb_or_a_place(nlp):
    text = "示范区以现代农业、生物医药、涉农装备制造和农产品加工为主导产业。"
    assert "涉农装备制造" in industries_of(extract(nlp, text)[1])
    text = "新区重点发展先进制造、现代服务业、文化旅游和都市农业。"
    assert "都市农业" in industries_of(extract(nlp, text)[1])
    # decoy: a weak cue before unknown things
    assert of(extract(nlp, "园区重点发展都市休闲、涉农服务理念。")[1], "industry") == []


def test_a_cue_after_an_industry_lists_its_sub_sectors(nlp):
    text = "汽车产业重点发展新能源汽车、智能网联汽车和汽车电子,力争2025年产值达到800亿元。"
    assert of(extract(nlp, text)[1], "industry") == []
    # decoy: a cue's own 产业 before the cue
    text = "园区主导产业重点发展新能源汽车、智能网联汽车和汽车电子。"
    assert set(industries_of(extract(nlp, text)[1])) == {"新能源汽车", "智能网联汽车", "汽车电子"}


def test_a_trade_of_processing_or_making_is_a_kind_of_industry(nlp):
    text = "农产品加工园规划面积5000亩,重点发展粮油加工、肉制品加工和中药材加工,2021年产值达到42.3亿元。"
    assert set(industries_of(extract(nlp, text)[1])) == {"粮油加工", "肉制品加工", "中药材加工"}
    text = "园区重点发展高端眼镜制造、眼镜电子商务和眼视光服务,建成国际眼镜城二期。"
    assert set(industries_of(extract(nlp, text)[1])) == {"高端眼镜制造", "眼镜电子商务", "眼视光服务"}
    # decoy: a list of unknown things with no trade in it
    assert of(extract(nlp, "园区重点发展高端人才、先进理念。")[1], "industry") == []


def test_a_first_item_keeps_the_name_before_its_ji(nlp):
    text = "围绕铝及铝加工、钛材深加工两大主导产业延链补链,加快铝精深加工项目建设。"
    assert set(industries_of(extract(nlp, text)[1])) == {"铝及铝加工", "钛材深加工"}
    text = "园区已形成汽车及机械制造、电子信息两大主导产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"汽车及机械制造", "电子信息"}
    # decoy: the opening words still go (编制集聚区 before a known name)
    assert set(industries_of(extract(nlp, "编制集聚区能源化工产业集群发展规划。")[1])) == {"能源化工"}


def test_key_parts_after_ji_make_one_industry(nlp):
    text = "以零部件园为主体,打造新能源汽车及关键零部件产业集群,集聚整车及零部件企业1000家以上。"
    assert set(industries_of(extract(nlp, text)[1])) == {"新能源汽车及关键零部件"}
    # decoy: two industries joined by 及
    text = "园区重点发展精密机械、生技医疗器材及绿色能源等产业。"
    assert {"生技医疗器材", "绿色能源"} <= set(industries_of(extract(nlp, text)[1]))


@pytest.mark.parametrize("text", [
    "2020年电子电器产业实现营业收入520亿元,动力电池、新型显示等新兴产业加快布局。",
    "眼镜、汽配等传统优势产业要向价值链高端攀升,新材料、电子信息等新兴产业要尽快形成规模。",
])
def test_industries_only_said_to_be_growing_are_none(nlp, text):
    assert of(extract(nlp, text)[1], "industry") == []


def test_industries_a_zone_fosters_or_has_formed_as_emerging_ones(nlp):
    text = "园区积极培育新材料、现代物流等新兴产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"新材料", "现代物流"}
    text = "园区已形成新材料、现代物流等新兴产业,投资10亿元。"
    assert set(industries_of(extract(nlp, text)[1])) == {"新材料", "现代物流"}


def test_zhongda_opens_an_industry_name(nlp):
    text = '8,德阳经济技术开发区,国家级,德阳市,1500.00,"重大装备制造、通用航空、新材料",826.5'
    header = "序号,开发区名称,级别,所在地,核准面积(公顷),主导产业,工业总产值(亿元)\n"
    assert "重大装备制造" in industries_of(extract(nlp, header + text + "\n")[1])
    text = "德阳经开区以重大装备制造和通用航空为主导产业。"
    assert set(industries_of(extract(nlp, text)[1])) == {"重大装备制造", "通用航空"}
    # decoy: a major project is no industry
    assert of(extract(nlp, "园区重点发展重大项目、重大平台。")[1], "industry") == []


def test_chinese_medicine_preparations_are_an_industry(nlp):
    text = "辛集生物医药产业园规划面积5.3平方公里,主导产业为原料药和中药制剂。"
    assert set(industries_of(extract(nlp, text)[1])) == {"原料药", "中药制剂"}
    # decoy: a medicine named in a sentence without a cue
    assert of(extract(nlp, "企业生产中药制剂120吨。")[1], "industry") == []


def test_a_known_name_with_a_joined_tail_may_be_long(nlp):
    text = "眼镜园重点打造国际眼镜设计中心,汽配园重点发展新能源汽车关键零部件,创业园聚焦新材料和电子信息两大方向。"
    assert "新能源汽车关键零部件" in industries_of(extract(nlp, text)[1])
    # decoy: an unknown long phrase after a weak cue stays out
    text = "汽配园重点发展新能源汽车关键技术攻关,投资1亿元。"
    assert of(extract(nlp, text)[1], "industry") == []


def test_a_by_with_cue_after_how_the_zone_develops_them(nlp):
    text = "营口沿海产业基地以冶金装备、汽车保税物流、新能源为规划发展的重点产业,五矿营口中板等大项目已落户。"
    assert {n: r for n, (r, _) in industries_of(extract(nlp, text)[1]).items()} == {
        "冶金装备": "planned", "汽车保税物流": "planned", "新能源": "planned"}
    # decoy: a task, not industries
    assert of(extract(nlp, "园区以招商引资为今后发展的重点。")[1], "industry") == []


def test_a_trade_of_serving_is_a_kind_of_industry(nlp):
    text = "天府新区以总部经济、会展经济、数字经济为主导产业,重点发展新经济和科技服务业。"
    assert {"新经济", "科技服务"} <= set(industries_of(extract(nlp, text)[1]))
    # decoys: public services and social undertakings a government develops
    assert of(extract(nlp, "园区重点发展公共服务和社会事业。")[1], "industry") == []


def test_a_bare_short_form_before_a_suffix_blocker_is_no_mention(nlp):
    text = ("郑州经济技术开发区规划面积20平方公里。\n自贸区郑州片区由郑东区块、金水区块和经开区块三部分组成。\n"
            "经开区块主攻汽车及零部件。经开区今年新增企业120家。\n")
    doc = nlp(normalize_text(text))
    # 经开区块 is a block of the free trade zone; the 经开区 of the last sentence is the zone
    assert [doc.text[s:e] for s, e, _ in doc.user_data["zone_mentions"]] == ["郑州经济技术开发区", "经开区"]
    assert doc.text.index("经开区今年") == doc.user_data["zone_mentions"][1][0]


@pytest.mark.parametrize("text", [
    "审计调查结果表明,近年来全市各园区在承接产业转移、培育主导产业、优化营商环境等方面做了大量工作。",
    "全市在承接产业转移、培育特色产业等方面做了大量工作。",
])
def test_fostering_a_zones_leading_industries_names_none(nlp, text):
    assert of(extract(nlp, text)[1], "industry") == []

def test_a_park_named_by_its_hosts_whole_name_and_a_suffix(nlp):
    # a bonded zone or park named after its host zone, nothing between: the whole is its name
    text = ("大庆高新区半年工作总结\n大庆高新技术产业开发区(以下简称大庆高新区)上半年实现地区生产总值260亿元。"
            "大庆高新区综合保税区通过海关总署验收,围网面积1.26平方公里。\n"
            "全年新增市场主体4000户以上,力争综合保税区年内实现进出口额10亿元,帮助企业融资30亿元。\n")
    records = extract(nlp, text)[1]
    assert zones_of(records)["大庆高新区综合保税区"] == []  # a bare zone word is no alias (round 46g)
    assert [a["zone"] for a in of(records, "area")] == ["大庆高新区综合保税区"]
    # the park, its clause's subject after a goal word, takes the clauses from its name onward; the clause before it
    # goes on about the host (GUIDE, round 22g)
    assert [(m["value"], m["zone"]) for m in of(records, "money")] == [
        (2.6e10, "大庆高新技术产业开发区"), (1e9, "大庆高新区综合保税区"), (3e9, "大庆高新区综合保税区")]
    text = "天津日报\n生态城内的中新天津生态城产业园规划面积2.2平方公里。\n"
    records = extract(nlp, text)[1]
    assert [a["zone"] for a in of(records, "area")] == ["中新天津生态城产业园"]
    # decoys: a project in the host, and a closed family's word (新区) after a name it does not end
    assert "大庆高新区产业园" not in zones_of(extract(nlp, "大庆高新区产业园项目开工。")[1])
    assert "眉山经济开发区新区" not in zones_of(extract(nlp, "眉山经济开发区新区规划面积10平方公里。")[1])


def test_a_bare_word_after_a_park_named_by_its_host_points_back_to_the_host(nlp):
    text = ("本报讯\n苏州工业园区管委会官员表示,园区已形成两大主导产业。\n"
            "园区内的苏州工业园区综合保税区去年完成进出口总额约650亿美元。园区同时推动腾笼换鸟,腾出土地约1500亩。\n"
            "生态城:新方投入\n中新天津生态城总规划面积约30平方公里。生态城起步区面积4平方公里。\n")
    records = extract(nlp, text)[1]
    assert [m["zone"] for m in of(records, "money")] == ["苏州工业园区综合保税区"]
    assert [a["zone"] for a in of(records, "area")] == ["苏州工业园区", "中新天津生态城", "中新天津生态城"]


@pytest.mark.parametrize("text", [
    "华南产业园控股有限公司\n二零一六年年报\n本集团收益增加约人民币201,754千元。",
    "嘉汇产业园控股有限公司(「本公司」)董事会欣然提呈年度业绩。",
    "新加坡方面通过中新苏州工业园区开发集团参与。",
    "由泰达产业园投资开发有限公司负责建设。",
])
def test_a_company_named_after_a_park_is_no_zone(nlp, text):
    assert of(extract(nlp, text)[1], "zone") == []


def test_a_parks_name_before_its_developer_still_names_the_park_elsewhere(nlp):
    # decoys: the park's own name elsewhere, and a park followed by 建设 or 开发 alone
    text = ("天津日报\n中新天津生态城总规划面积约30平方公里。生态城由中新天津生态城投资开发有限公司负责开发。"
            "加快华南产业园建设。推进嘉汇产业园开发。\n")
    assert set(zones_of(extract(nlp, text)[1])) == {"中新天津生态城", "华南产业园", "嘉汇产业园"}


def test_a_nation_or_province_a_dash_and_a_partner_lead_a_name(nlp):
    text = ("联合早报\n今年是中国—新加坡苏州工业园区(以下简称苏州工业园区)开发建设25周年。苏州工业园区行政区域面积278平方公里。"
            "园区内的中国—东盟(钦州)华侨产业园已动工建设,首期规划面积3.5平方公里。\n")
    records = extract(nlp, text)[1]
    assert zones_of(records)["中国—新加坡苏州工业园区"] == ["苏州工业园区"]
    assert [a["zone"] for a in of(records, "area")] == ["中国—新加坡苏州工业园区", "中国—东盟(钦州)华侨产业园"]
    text = "调研报告\n广西—东盟经济技术开发区规划面积180平方公里。北海工业园区产值610亿元。广西开发区亩均税收仅为8.6万元。\n"
    records = extract(nlp, text)[1]
    assert "广西—东盟经济技术开发区" in zones_of(records)
    # a province's bare zone word is its zones together, pointing back to none
    assert [m["zone"] for m in of(records, "money")] == ["北海工业园区", None]
    # decoys: two places joined by a dash, a fair of two partners
    for text in ["建议在两区交界的丁家—来凤片区规划建设配套园区。", "第十二届中国—东盟博览会期间,钦州产业园签约项目5个。"]:
        assert not any("—" in z for z in zones_of(extract(nlp, text)[1]))


def test_a_place_jieba_cuts_in_two_is_one_place_in_a_name(nlp):
    # 项城市 (a county-level city) cut 项|城市, 新会 (a district) cut 新|会: the name starts at the place
    text = ("周口市产业集聚区工作要点\n项城市产业集聚区、沈丘县产业集聚区在全省考核中分别晋升为二星级和一星级。"
            "新会经济开发区以新材料、大健康为主导产业。\n")
    names = set(zones_of(extract(nlp, text)[1]))
    assert {"项城市产业集聚区", "沈丘县产业集聚区", "新会经济开发区"} <= names
    assert not {"城市产业集聚区", "会经济开发区"} & names
    # decoy: a glued function character stays out of the name (在郑州 → 郑州)
    assert set(zones_of(extract(nlp, "项目落户在郑州经济技术开发区。")[1])) == {"郑州经济技术开发区"}


def test_a_place_titled_document_gives_its_unheaded_sections_no_zone(nlp):
    body = ("二、发展目标\n到2010年,全市产业园区发展的主要目标是:\n"
            "(一)松山湖科技产业园区基本建成,累计完成固定资产投资300亿元。\n"
            "(二)整合镇级工业园区,园区每亩平均投资强度不低于150万元。\n"
            "积极争取国家开发银行贷款50亿元。\n"
            "三、重点园区\n东莞松山湖科技产业园区规划面积72平方公里,松山湖科技产业园区重点发展电子信息。\n")
    money = of(extract(nlp, "东莞市“十一五”产业园区发展规划\n" + body)[1], "money")
    assert [(m["value"], m["zone"]) for m in money] == [
        (3e10, "东莞松山湖科技产业园区"), (1.5e6, None), (5e9, None)]
    # decoy: a title naming the zone (or no place) leaves the section to the zone it names most
    money = of(extract(nlp, "东莞松山湖科技产业园区“十一五”发展规划\n" + body)[1], "money")
    assert [m["zone"] for m in money] == ["东莞松山湖科技产业园区"] * 3


def test_a_short_form_defined_by_corner_quotes_in_brackets(nlp):
    # a Hong Kong filing defines its short forms so, without 以下简称
    text = ("华南产业园控股有限公司\n本集团营运华南无锡智造产业园(「无锡产业园」)及华南合肥创新产业园(「合肥产业园」)。\n"
            "无锡产业园土地面积约318,000平方米。合肥产业园土地面积约260,000平方米。\n")
    records = extract(nlp, text)[1]
    zones = zones_of(records)
    assert zones["华南无锡智造产业园"] == ["无锡产业园"] and zones["华南合肥创新产业园"] == ["合肥产业园"]
    assert [a["zone"] for a in of(records, "area")] == ["华南无锡智造产业园", "华南合肥创新产业园"]
    # decoy: corner quotes after words that are no zone define nothing
    text = "截至二零一六年十二月三十一日止年度(「本年度」),本集团(「集团」)无新项目。\n"
    assert of(extract(nlp, text)[1], "zone") == []


def test_a_short_form_with_a_fuller_suffix_names_the_zone_its_place_leads(nlp):
    # 东湖新技术开发区 (简称东湖高新区) and later 武汉东湖高新区: the fullest suffix names the zone, not the city's prefix
    text = ("新华社郑州电\n在武汉,东湖新技术开发区(简称东湖高新区)今年上半年实现企业总收入二千一百七十亿元。"
            "鄂州的葛店开发区承接武汉东湖高新区的产业外溢。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert set(zones["东湖新技术开发区"]) == {"东湖高新区", "武汉东湖高新区"}
    # decoy: a former name joined by 前身为 leaves the current name the zone's
    text = "沁阳日报\n沁阳市产业集聚区前身为沁阳市沁北产业集聚区,规划面积20平方公里。\n"
    assert "沁阳市产业集聚区" in zones_of(extract(nlp, text)[1])


def test_a_park_named_after_its_host_and_a_part_word_keeps_the_hosts_name(nlp):
    # 北区 (a part of the zone, a region name that is a common word) is no name of its own: the park is named
    # with its host, and 北区工业园 alone is its short form
    text = ("乌鲁木齐年鉴\n高新区下辖北京路科技园、乌鲁木齐高新区北区工业园、乌鲁木齐软件园4个园区。\n"
            "2014年,北区工业园完成工业总产值200亿元。\n")
    records = extract(nlp, text)[1]
    assert zones_of(records)["乌鲁木齐高新区北区工业园"] == ["北区工业园"]
    assert [m["zone"] for m in of(records, "money")] == ["乌鲁木齐高新区北区工业园"]
    # decoy: a qualifier with a place of its own written alone first names the park without its host
    text = "陕西省开发区评估\n泾渭新城汽车产业园全年产值300亿元。西安经开区泾渭新城汽车产业园已成为新的增长极。\n"
    assert "泾渭新城汽车产业园" in zones_of(extract(nlp, text)[1])


def test_a_dash_headed_item_is_about_its_zone_and_a_park_named_after_it_only_its_clause(nlp):
    text = ("江门市政府工作报告\n二、今年工作安排\n"
            "——江门高新技术产业开发区(以下简称江门高新区)。以新一代信息技术、生物医药为主导产业,今年力争营业收入达到2400亿元,"
            "新增国家高新技术企业100家,建设江门高新区智能制造产业园,引进超100亿元的先进制造业项目2个以上。"
            "推动总投资128亿元的中创新航江门基地二期今年建成投产。\n")
    records = extract(nlp, text)[1]
    assert {m["zone"] for m in of(records, "money")} == {"江门高新技术产业开发区"}
    assert {i["zone"] for i in of(records, "industry")} == {"江门高新技术产业开发区"}
    # decoy: the park opening its own sentence is that sentence's zone
    text += "江门高新区智能制造产业园规划用地3200亩,总投资50亿元。\n"
    money = of(extract(nlp, text)[1], "money")
    assert [m["zone"] for m in money if m["value"] == 5e9] == ["江门高新区智能制造产业园"]


def test_a_table_row_whose_label_runs_into_its_figures_heads_no_section(nlp):
    # a work plan's tasks for all the zones, above a table pasted without its column breaks
    text = ("周口市发展和改革委员会文件\n\n二、主要任务\n3.完成征地1.5万亩,新增建设用地供应9000亩。\n"
            "8.实施省市重点项目86个,年度计划投资210亿元。\n\n附表 2012年产业集聚区主要指标\n"
            "序号 产业集聚区 主营业务收入(亿元) 从业人员(万人)\n"
            "1周口经济开发区95260 35\n2项城市产业集聚区92285 32\n")
    records = extract(nlp, text)[1]
    assert [m["zone"] for m in of(records, "money") if m["value"] == 2.1e10] == [None]
    assert [a["zone"] for a in of(records, "area")] == [None, None]
    # decoy: a short line naming one zone still heads its section
    text = ("周口市发展和改革委员会文件\n\n周口经济开发区\n完成征地1.5万亩,年度计划投资210亿元。\n")
    records = extract(nlp, text)[1]
    assert [m["zone"] for m in of(records, "money")] == ["周口经济开发区"]


@pytest.mark.parametrize("text", ["中部六省产业集聚区建设提速 承接产业转移“主阵地”加快成型", "推动东部三省开发区合作共建。"])
def test_a_count_of_provinces_before_a_zone_word_names_no_zone(nlp, text):
    assert of(extract(nlp, text)[1], "zone") == []


def test_a_place_named_with_a_numeral_still_names_a_zone(nlp):
    # decoy for the count: 九站 is a place's name, not a count
    assert "吉林九站工业园" in zones_of(extract(nlp, "吉林九站工业园规划面积10平方公里。")[1])

def test_a_conversion_column_is_of_the_kind_of_the_area_before_it(nlp):
    """折合(亩) states the area of the column before it in mu: land_use beside 出让面积(平方米), as a land notice's
    table writes each plot twice."""
    text = ("地块编号|土地位置|出让面积(平方米)|折合(亩)|起始价(万元)\n"
            "JZ(2023)-041|荆州经济技术开发区东方大道以南|86672.30|130.01|2106\n")
    kinds = {r["text"]: r["kind"] for r in of(extract(nlp, text)[1], "area")}
    assert kinds == {"86672.30": "land_use", "130.01": "land_use"}
    # decoy: a column naming its own kind keeps it, whatever the column before is
    text = ("园区名称|规划面积(平方公里)|建成区面积(平方公里)|完成投资(亿元)\n"
            "东川工业园区|22.5|12.1|58.6\n")
    kinds = {r["text"]: r["kind"] for r in of(extract(nlp, text)[1], "area")}
    assert kinds == {"22.5": "planned", "12.1": "built"}


def test_a_tables_area_columns_of_land_parcels_are_land_use(nlp):
    """A land notice's table of parcels (宗地编号 …) lists plots: its 面积(平方米) names no kind, and is land."""
    text = ("宗地编号\t位置\t面积(平方米)\t折合(亩)\t用途\t起始价(万元)\n"
            "DJ2021-18-01\t九江经开区港兴路以南\t33356.12\t50.03\t工业用地\t1101\n")
    kinds = {r["text"]: r["kind"] for r in of(extract(nlp, text)[1], "area")}
    assert kinds == {"33356.12": "land_use", "50.03": "land_use"}
    # decoy: a table of parks, not parcels: an area naming no kind stays other
    text = ("园区名称\t面积(平方米)\t投资(万元)\t用途\n"
            "某某产业园\t33356.12\t1101\t工业\n")
    assert [r["kind"] for r in of(extract(nlp, text)[1], "area")] == ["other"]


def test_a_unit_tables_title_may_stand_above_a_blank_line(nlp):
    """An appendix sets its table's title apart by a blank line (附件 / 2013年全市产业集聚区目标任务分解表 / blank /
    序号 集聚区 固定资产投资(亿元) …): the title still dates the columns, and its 目标 makes them goals."""
    text = ("附件\n2013年全市产业集聚区目标任务分解表\n\n"
            "序号\t集聚区\t固定资产投资(亿元)\t主营业务收入(亿元)\n"
            "1\t周口经济开发区\t95\t260\n")
    money = of(extract(nlp, text)[1], "money")
    assert [(m["text"], m["year"], m["target"]) for m in money] == [("95", 2013, True), ("260", 2013, True)]
    # decoy: a section heading above the blank line names no table: no year, and its 规划 makes no goal
    text = ("一、挂牌出让地块的基本情况和2021年规划指标要求\n\n"
            "宗地编号\t位置\t面积(平方米)\t起始价(万元)\n"
            "DJ2021-18-01\t九江经开区港兴路以南\t33356.12\t1101\n")
    records = extract(nlp, text)[1]
    assert [(r["text"], r["year"], r["target"]) for r in of(records, "money") + of(records, "area")] == [
        ("1101", None, False), ("33356.12", None, False)]


def test_a_project_tables_total_investment_column_is_of_no_year(nlp):
    """序号|项目名称|…|总投资(亿元)|2025年计划投资(亿元) under 表2 2025年重点建设项目: a project's total is what it
    costs over its whole build, which no year bounds; the year's planned spending is that year's goal."""
    text = ("表2 2025年漳州高新区重点建设项目(部分)\n\n"
            "序号  项目名称                  建设地点        总投资(亿元)  2025年计划投资(亿元)\n"
            "1     年产20万吨特医食品项目    蓝田经开区          18.6              6.5\n")
    money = of(extract(nlp, text)[1], "money")
    assert [(m["text"], m["year"]) for m in money] == [("18.6", None), ("6.5", 2025)]
    # decoy: a table of zones, not projects: its 总投资 column is of the year its title names
    text = ("表2 2025年各园区主要指标\n\n"
            "序号  园区名称          总投资(亿元)  工业产值(亿元)\n"
            "1     蓝田经开区          18.6              6.5\n")
    assert [(m["text"], m["year"]) for m in of(extract(nlp, text)[1], "money")] == [("18.6", 2025), ("6.5", 2025)]


def test_a_typed_table_of_ideographic_spaces_reads_its_figures_by_column(nlp):
    """A GB18030 work plan's appendix table, its cells set apart by single ideographic spaces: each row's two money
    columns (in the 亿元 of their headers) are two amounts, not one figure in thousands groups (95 260)."""
    text = ("附件\n2013年全市产业集聚区目标任务分解表\n\n"
            "序号\u3000集聚区\u3000固定资产投资（亿元）\u3000主营业务收入（亿元）\u3000新开工项目（个）\n"
            "1\u3000周口经济开发区\u300095\u3000260\u300035\n"
            "2\u3000项城市产业集聚区\u300092\u3000285\u300032\n")
    money = of(extract(nlp, text)[1], "money")
    assert [(m["text"], m["value"], m["category"]) for m in money] == [
        ("95", 9.5e9, "investment"), ("260", 2.6e10, "revenue"), ("92", 9.2e9, "investment"),
        ("285", 2.85e10, "revenue")]
    # decoy: ordinary single spaces in a sentence's figure are a thousands group, one amount
    assert [m["value"] for m in of(extract(nlp, "全年完成投资 95 260 万元。")[1], "money")] == [9.526e8]


def test_a_term_quoted_alone_in_brackets_after_a_zone_is_its_short_form(nlp):
    """Hong Kong reports define their terms in brackets and corner quotes, with no 简称: 之华南无锡智造产业园(「无锡产业园」)
    makes 无锡产业园 the park's short form, and the later sentences naming it belong to the park."""
    text = ("本集团之华南无锡智造产业园(「无锡产业园」)位于无锡国家高新技术产业开发区(「无锡高新区」)。\n"
            "无锡产业园占地386,000平方米。\n")
    records = extract(nlp, text)[1]
    assert zones_of(records) == {"华南无锡智造产业园": ["无锡产业园"], "无锡国家高新技术产业开发区": ["无锡高新区"]}
    assert [a["zone"] for a in of(records, "area")] == ["华南无锡智造产业园"]
    # decoy: a place's park in brackets with no quotes is still a part of the zone, not its short form
    text = "中关村科技园区(海淀园)规划面积133平方公里。\n"
    assert "海淀园" not in sum(zones_of(extract(nlp, text)[1]).values(), [])


def test_a_unit_row_lining_up_with_its_header_gives_the_year_columns_their_unit(nlp):
    """A Hong Kong annual report's revenue table: a unit row under two years and a change column (人民币千元 人民币千元
    %), the lead-in (下表载列…之收入:) above a blank line naming what the figures are."""
    table = ("下表载列本集团按产业园区划分之收入:\n\n"
             "              二零一六年  二零一五年  变动\n"
             "              人民币千元  人民币千元  {unit}\n"
             " 无锡产业园        186,452   152,310   22.4\n"
             " 总计           349,308   284,399   22.8\n")
    money = [(m["text"], m["value"], m["category"], m["year"])
             for m in of(extract(nlp, table.format(unit="%"))[1], "money")]
    assert money == [("186,452", 186452000, "revenue", 2016), ("152,310", 152310000, "revenue", 2015),
                     ("349,308", 349308000, "revenue", 2016), ("284,399", 284399000, "revenue", 2015)]
    # decoys: a unit row naming another unit over a year column gives no unit; a lead-in naming no table names
    # no kind of money
    assert of(extract(nlp, table.replace("人民币千元  人民币千元", "人民币千元  %"))[1], "money") == []
    other = table.replace("下表载列本集团按产业园区划分之收入:", "本集团按产业园区划分之收入:")
    assert {m["category"] for m in of(extract(nlp, other.format(unit="%"))[1], "money")} == {"other"}


def test_a_tables_units_may_stand_on_a_line_under_its_column_names(nlp):
    """A Hong Kong annual report's land table: the columns' names on one line (no name over the rows' labels), their
    units in brackets on the line under, and rows laid out by runs of spaces whose figures hold thousands separators
    (not comma-separated values)."""
    text = ("园区土地及物业概要\n\n"
            "        土地面积   已落成楼面面积  在建楼面面积  出租率\n"
            "        (平方米)  (平方米)    (平方米)   \n"
            " 无锡产业园  386,000   245,600     120,000    92%\n"
            " 合肥产业园  412,500   168,300     85,000     85%\n")
    areas = [(a["text"], a["value"], a["kind"]) for a in of(extract(nlp, text)[1], "area")]
    assert areas == [("386,000", 0.386, "land_use"), ("245,600", 0.2456, "other"), ("120,000", 0.12, "other"),
                     ("412,500", 0.4125, "land_use"), ("168,300", 0.1683, "other"), ("85,000", 0.085, "other")]
    # decoys: a line of bracketed words that are no units under prose; a comma-separated table still reads so
    text = ("本集团主要业务\n        (于开曼群岛注册成立之有限公司)\n 无锡产业园  386,000   245,600\n")
    assert of(extract(nlp, text)[1], "area") == []
    text = ("序号,开发区名称,级别,批准面积(公顷),2014年工业总产值(亿元)\n17,资阳高新技术产业园区,省级,768.00,241.7\n"
            "18,眉山经济开发区新区,省级,1306.00,187.2\n")
    assert [a["text"] for a in of(extract(nlp, text)[1], "area")] == ["768.00", "1306.00"]


def test_a_newspapers_price_per_copy_is_no_amount(nlp):
    """零售每份港币10元 in a page's footer: the price of one copy of the paper, not an amount a report states."""
    text = "香港文汇报订阅热线:(852)2873 9888 零售每份港币10元\n"
    assert of(extract(nlp, text)[1], "money") == []
    # decoys: retail sales and a grant per person stay amounts
    text = "全区社会消费品零售总额188.4亿元,下降1.8%。对引进的博士给予每人10万元的奖励。\n"
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [1.884e10, 1e5]


def test_an_amount_per_period_after_a_price_is_its_next_tier(nlp):
    """A page's subscription offer: 首月只需0.99新元 is a price (订阅 opens its clause), and 之后每月9.90新元, the clause
    after it, the same price's next tier."""
    text = "订阅 | 登录 | 数码配套首月只需0.99新元,之后每月9.90新元 | 海峡时报指数3245.67\n"
    assert of(extract(nlp, text)[1], "money") == []
    # decoys: a grant per person and month, with no price before it; a rent's next tier (租金 is no price cue)
    text = "对企业引进的博士研究生、硕士研究生,分别给予每人每月3000元、1500元的生活补贴。\n"
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [3000, 1500]
    text = "厂房租金每平方米每月20元,之后每月25元。\n"
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [20, 25]


def test_a_unit_columns_cell_may_bound_its_figure(nlp):
    """A land notice's 投资强度(万元/亩) column states each plot's standard as 不低于300: an amount per mu, at least."""
    text = ("地块编号|出让面积(平方米)|投资强度(万元/亩)|起始价(万元)\n"
            "JZ(2023)-041|86672.30|不低于300|2106\n")
    money = [(m["text"], m["value"], m["approx"], m["category"]) for m in of(extract(nlp, text)[1], "money")]
    assert money == [("不低于300", 3e6, "at_least", "investment"), ("2106", 2.106e7, "exact", "other")]
    # decoy: a cell of words and a figure that is no bound (工业用地50: use and term run together) is no amount
    text = ("地块编号|出让面积(平方米)|用途年限(年)|起始价(万元)\n"
            "JZ(2023)-041|86672.30|工业用地50|2106\n")
    assert [m["text"] for m in of(extract(nlp, text)[1], "money")] == ["2106"]


def test_a_table_of_indicator_rows_under_columns_of_zones(nlp):
    """A statistics bulletin's 表10 2020年主要开发区经济指标: rows of indicators with their units in brackets, a column
    per zone. Each figure is of its row's kind, the title's year, and its column's zone."""
    text = ("烟台经济技术开发区(以下简称烟台开发区)规划面积228平方公里。山东龙口经济开发区(以下简称龙口开发区)核准面积12.5平方公里。\n\n"
            "表10  2020年主要开发区经济指标\n\n"
            "指标名称\t烟台开发区\t龙口开发区\n"
            "地区生产总值(亿元)\t1216.3\t412.5\n"
            "  比上年增长(%)\t4.1\t5.6\n"
            "实际使用外资(亿美元)\t14.6\t0.86\n")
    money = [(m["text"], m["value"], m["currency"], m["category"], m["year"], m["zone"])
             for m in of(extract(nlp, text)[1], "money")]
    assert money == [("1216.3", 1.2163e11, "CNY", "output", 2020, "烟台经济技术开发区"),
                     ("412.5", 4.125e10, "CNY", "output", 2020, "山东龙口经济开发区"),
                     ("14.6", 1.46e9, "USD", "investment", 2020, "烟台经济技术开发区"),
                     ("0.86", 8.6e7, "USD", "investment", 2020, "山东龙口经济开发区")]
    # decoy: a header whose first cell names no indicators (a ranking's 排名|园区|得分) is no such table
    text = "排名\t苏州工业园区\t昆山开发区\n地区生产总值(亿元)\t1216.3\t412.5\n"
    assert of(extract(nlp, text)[1], "money") == []
    # decoy: a column that measures its own thing (a share in brackets, a rank) is no subject: the total is in the
    # row's 亿元, its share and the region's rank are not
    text = ("表14-2  2021年开发区和园区主要指标位次\n\n"
            "指标\t全区开发区合计\t占全区比重(%)\t在全国位次\n"
            "规上工业总产值(亿元)\t16728.4\t76.3\t17\n")
    assert [(m["text"], m["value"]) for m in of(extract(nlp, text)[1], "money")] == [("16728.4", 1.67284e12)]
    text = "指标\t全区开发区合计\t在全国位次\n实际利用外资(亿美元)\t18.6\t14\n"
    assert [(m["text"], m["currency"]) for m in of(extract(nlp, text)[1], "money")] == [("18.6", "USD")]


def test_a_countys_or_districts_titled_report_keeps_its_zone(nlp):
    # a district's report speaks of its own park as of itself: its sections keep the zone they name most
    text = ("北辰区政府工作报告\n北辰经开区发展良好。北辰经开区发展良好。\n全年引进内资项目300个、协议投资额500亿元。\n")
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["北辰经开区"]


def test_a_science_and_technology_city_is_no_zone(nlp):
    # 科技城 is a district a city builds, not a zone (三亚崖州湾科技城); the zones' own suffixes still name them
    text = "三亚崖州湾科技城2020年新增注册企业2,600家。三亚崖州湾科技园规划面积26平方公里。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"三亚崖州湾科技园"}


def test_a_cue_ending_in_wei_inside_yi_wei_opens_no_list(nlp):
    text = ("产业集聚区是河南省2008年提出的概念,指以若干特色主导产业为支撑、产业集聚特征明显、"
            "产业和空间布局合理、资源集约利用水平较高的产业功能区。")
    assert of(extract(nlp, text)[1], "industry") == []
    # decoy: 以 in an earlier clause
    text = "该区以工业为主,主导产业为电子信息和装备制造。"
    assert set(industries_of(extract(nlp, text)[1])) == {"电子信息", "装备制造"}

def test_a_goal_title_above_a_blank_line_titles_the_unit_table_under_it(nlp):
    """附件 / 2013年全市产业集聚区目标任务分解表 / blank / header: an official notice's annex table, whose title names its
    goals and their year across the blank line; the cells are goals of 2013."""
    table = ("序号\t集聚区\t固定资产投资(亿元)\t主营业务收入(亿元)\t新开工项目(个)\n"
             "1\t周口经济开发区\t95\t260\t35\n2\t项城市产业集聚区\t92\t285\t32\n")
    text = "附件\n2013年全市产业集聚区目标任务分解表\n\n" + table
    goals = {(t["text"], t["year"], t["unit"]) for t in of(extract(nlp, text)[1], "target")}
    assert {("95", 2013, "CNY"), ("260", 2013, "CNY"), ("35", 2013, "count")} <= goals
    # decoys: a land notice's plot table under a heading naming 规划 across a blank line, and a title naming no goal
    for title in ("一、挂牌出让地块的基本情况和规划指标要求", "2013年全市产业集聚区主要指标"):
        assert not of(extract(nlp, f"{title}\n\n" + table)[1], "target")


def test_a_goal_each_month_or_quarter_has_no_year_even_in_a_plan_of_one_year(nlp):
    """每月召开1次项目推进会 in a plan whose title names 2013: a rate that repeats, which no deadline dates."""
    head = "关于印发《2013年全市产业集聚区建设工作要点》的通知\n\n2013年全市产业集聚区建设工作要点\n\n二、重点任务\n"
    text = head + "11.开展“项目建设月”活动,每月召开1次项目推进会,集中开工项目不少于60个。\n"
    targets = sorted((t["value"], t["year"] or 0) for t in of(extract(nlp, text)[1], "target"))
    assert targets == [(1, 0), (60, 2013)]
    # decoy: a month that dates a task (4月底前) is no rate; the plan's year stays
    text = head + "4月底前,新建标准化厂房20万平方米。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [2013]


@pytest.mark.parametrize("text", [
    "无锡高新区管委会于本年度推出「530」人才计划,对入区高层次人才创业项目给予最高人民币300万元的创业资金支持。",
    "首批贷款预计年底前发放,每家企业最高可获500万令吉。",
    "特区政府亦已预留100亿港元推行「新型工业加速计划」,每宗项目资助上限为2亿港元。",
])
def test_the_cap_of_a_grant_is_no_goal(nlp, text):
    records = extract(nlp, "园区动态\n2017-03-02\n" + text)[1]
    assert not [t for t in of(records, "target") if t["value"] in (3e6, 5e6, 2e8)]
    assert [m["target"] for m in of(records, "money") if m["value"] in (3e6, 5e6, 2e8)] == [False]


def test_a_goal_named_with_the_highest_level_is_still_a_goal(nlp):
    # decoy: 最高 far before the figure, describing something else in the clause, caps nothing
    text = "园区动态\n2017-03-02\n力争到2020年建成全省层次最高的产业园区,营业收入达到300亿元。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [3e10]


@pytest.mark.parametrize("text, goals", [
    ("今年高新区计划全年招引亿元以上项目30个,其中10亿元以上项目5个,完成工业投资85亿元。", [5, 30, 8.5e9]),
    ("2022年,全县计划新引进招商项目60个以上,其中亿元以上项目30个、10亿元以上项目5个。", [5, 30, 60]),
    # decoy: after a planned amount, a 其中 count is the bar of what is counted, no part of the amount
    ("今年计划总投资9.87亿元,其中超亿元项目3个。", [9.87e8]),
])
def test_a_count_in_a_clause_of_its_own_after_a_counted_goal_is_part_of_it(nlp, text, goals):
    records = extract(nlp, "园区动态\n2022-03-02\n" + text + "\n")[1]
    assert sorted(t["value"] for t in of(records, "target")) == goals


@pytest.mark.parametrize("text, goals", [
    ("州政府与中方股东将共同设立总规模3亿令吉的绿色产业发展基金,为园区内中小型配套企业提供融资支持。", [3e8]),
    ("各州、市要设立园区发展基金,规模不低于五亿元;", [5e8]),
    # decoys: a fund a report already has (设立 with no intent word), and one set up in the past
    ("创业园设立规模1亿元的天使投资基金,已为43家初创企业提供贷款担保。", []),
    ("于都县设立了规模为10亿元的工业产业发展基金,由县国有平台公司和社会资本共同出资。", []),
])
def test_the_size_of_a_fund_to_be_set_up_is_a_goal(nlp, text, goals):
    records = extract(nlp, "园区动态\n2017-03-02\n" + text + "\n")[1]
    assert sorted(t["value"] for t in of(records, "target")) == goals


def test_a_land_use_standard_is_no_goal(nlp):
    head = "关于印发《2013年全市产业集聚区建设工作要点》的通知\n\n2013年全市产业集聚区建设工作要点\n\n二、重点任务\n"
    text = head + "12.新入驻工业项目投资强度不低于180万元/亩,容积率不低于1.0,建筑系数不低于40%。\n"
    assert not of(extract(nlp, text)[1], "target")
    # decoy: a land-use metric a goal brings near a figure, with no bound of a rule
    text = head + "13.力争到2015年工业企业内部绿地率接近20%。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(20, 2015)]


def test_a_count_before_a_goal_word_is_the_subject_not_the_bar_of_the_amount(nlp):
    text = "园区动态\n2024-03-02\n今年6个重点园区力争新增建成区面积12平方公里,新增规模以上工业企业300家。\n"
    assert sorted(t["value"] for t in of(extract(nlp, text)[1], "target")) == [12, 300]
    # decoy: with no goal word between, the amount is the bar of what the count counts (the goal is the count)
    text = "园区动态\n2011-03-02\n力争到2015年,全市有8个产业集群突破100亿元。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [8]


def test_a_projects_planned_total_worded_with_gui_hua_is_a_goal(nlp):
    text = ("园区动态\n2018-03-06\n江北现代物流园占地1800亩,规划总投资20亿元,已建成仓储设施30万平方米。"
            "冷链物流项目估算总投资3.2亿元,建设冷库库容10万吨。\n")
    records = extract(nlp, text)[1]
    assert [(t["value"], t["year"]) for t in of(records, "target")] == [(2e9, None)]
    # decoys: the area built (已建成) after it is a result; an estimate (估算总投资) is no goal
    assert {m["value"]: m["target"] for m in of(records, "money")} == {2e9: True, 3.2e8: False}


def test_a_count_after_a_list_of_goals_with_their_own_counts_is_a_goal(nlp):
    text = "园区动态\n2021-03-02\n管委会表示,到2023年将新建学校4所、三甲医院1所。\n"
    assert sorted(t["value"] for t in of(extract(nlp, text)[1], "target")) == [1, 4]
    # decoy: after a list of names the count is the size of the list; the goal is the count after it
    text = "园区动态\n2011-03-02\n到2015年,黑山、北镇、凌海、义县4个县都有1个产业集群突破100亿元。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [1]


def test_a_spoken_count_of_yi_yuan_projects_is_a_count_goal(nlp):
    head = "关于印发《2013年全市产业集聚区建设工作要点》的通知\n\n2013年全市产业集聚区建设工作要点\n\n二、重点任务\n"
    text = head + "18.完成6个亿元以上项目建设,新增主营业务收入40亿元。\n"
    assert sorted((t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")) == [(6, "count"), (4e9, "CNY")]
    # decoy: 三百个亿 with no project noun after it is a spoken amount of money, no count
    text = head + "19.全年要完成三百个亿的投资。\n"
    assert [(t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")] == [(3e10, "CNY")]


LAND_BALANCE_TABLE = ("某经济开发区总体规划环境影响报告书(简本)\n\n2020年6月\n\n"
                      "湖北某经济开发区规划范围包括城北园和化工园。\n\n"
                      "表3-2  规划期末(2035年)建设用地平衡表\n\n"
                      "用地代码  用地名称                面积(公顷)   占比(%)\n"
                      "M         工业用地                  1685.2         51.4\n"
                      "R         居住用地                   412.6         12.6\n"
                      "M1        一类工业用地               300.0          9.2\n"
                      "合计      城市建设用地              3279.0        100.0\n")


def test_a_land_use_balance_table_gives_each_class_of_land_its_area(nlp):
    records = extract(nlp, LAND_BALANCE_TABLE)[1]
    areas = sorted((a["value"], a["kind"], a["target"], a["year"]) for a in of(records, "area"))
    assert areas == [(3.0, "land_use", False, 2035), (4.126, "land_use", False, 2035),
                     (16.852, "land_use", False, 2035), (32.79, "land_use", False, 2035)]
    # the balance table states how the plan's land is made up: neither its areas nor its shares are goals
    assert not of(records, "target")


def test_a_class_code_names_a_row_only_before_a_name(nlp):
    # decoy: a lone letter before a figure (a footnote mark, a column of grades) opens no row of the table
    text = LAND_BALANCE_TABLE.replace("R         居住用地   ", "R                      ")
    areas = sorted(a["value"] for a in of(extract(nlp, text)[1], "area"))
    assert 4.126 not in areas and 16.852 in areas


ZONE_AREA_TABLE = ("2021年广西壮族自治区国民经济和社会发展统计公报\n\n"
                   "表14-1  2021年主要开发区和园区主要经济指标\n\n"
                   "单位:平方公里、亿元、%、家\n\n"
                   "开发区名称                  规划面积   规上工业总产值   比上年增长   规上工业企业\n"
                   "南宁高新技术产业开发区         66.0          812.6          18.4          312\n"
                   "北海工业园区                   48.2         1126.3          11.5          155\n")


def test_a_unit_line_gives_its_area_unit_to_the_area_columns_below_it(nlp):
    areas = of(extract(nlp, ZONE_AREA_TABLE)[1], "area")
    assert sorted((a["value"], a["kind"], a["zone"]) for a in areas) == [
        (48.2, "planned", "北海工业园区"), (66.0, "planned", "南宁高新技术产业开发区")]
    # decoys: with no unit line, or one naming no area unit, the column's figures are of no known unit
    assert not of(extract(nlp, ZONE_AREA_TABLE.replace("单位:平方公里、亿元、%、家", "注:按当年价格计算"))[1], "area")
    assert not of(extract(nlp, ZONE_AREA_TABLE.replace("单位:平方公里、亿元、%、家", "单位:亿元、%、家"))[1], "area")


def test_a_unit_at_the_end_of_a_tables_title_gives_its_area_columns_their_unit(nlp):
    text = ("中部科学园区管理局108年年报\n\n各园区面积如下:\n\n"
            "表1-1中科各园区面积              单位:公顷\n"
            "园区别    核定面积   已出租面积  出租率(%)\n"
            "台中园区    466       398     100.0\n"
            "二林园区    631        88      32.7\n")
    areas = of(extract(nlp, text)[1], "area")
    assert sorted((a["value"], a["kind"]) for a in areas) == [
        (0.88, "land_use"), (3.98, "land_use"), (4.66, "planned"), (6.31, "planned")]


@pytest.mark.parametrize("text, names", [
    ("汽车、石化、电子信息、冶金、机械、食品6个产业集群营业收入合计12863.5亿元。",
     ["冶金", "机械", "汽车", "电子信息", "石化", "食品"]),
    # the count matches the items set apart by 、: 与 joins one cluster's name
    ("新能源电池、现代农业与食品2个产业集群产值突破千亿元。", ["新能源电池", "现代农业与食品"]),
    # decoy: a count of clusters after a place and a verb names no industry
    ("全市建成12个产业集群,集群企业达到860家。", []),
])
def test_a_count_in_digits_closes_a_list_before_its_cluster_cue(nlp, text, names):
    records = extract(nlp, "园区动态\n2022-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == names


@pytest.mark.parametrize("text, names", [
    ("经开区这几年主要做先进制造,家电、汽车、船舶海工是它的三大支柱产业。", ["家电", "汽车", "船舶海工"]),
    ("开发区以机械、化工为其支柱产业。", ["机械", "化工"]),
    # decoy: 它的 with no list before the cue names nothing
    ("这是它的支柱产业。", []),
])
def test_a_spoken_ta_de_ends_a_list_before_its_pillar_cue_as_qi_does(nlp, text, names):
    records = extract(nlp, "园区动态\n2023-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


def test_shu_zi_jing_ji_is_a_known_industry_in_a_by_with_zhu_list(nlp):
    records = extract(nlp, "园区动态\n2021-03-02\n九龙片区以数字经济和现代物流为主。\n")[1]
    assert sorted((i["name"], i["role"]) for i in of(records, "industry")) == [
        ("数字经济", "leading"), ("现代物流", "leading")]
    # decoy: 以…为主 names industries only when its items are known (以企业自主投资为主 is no list of them)
    records = extract(nlp, "园区动态\n2021-03-02\n九龙片区建设资金以企业自主投资为主。\n")[1]
    assert not of(records, "industry")


@pytest.mark.parametrize("text, names", [
    ("其中研和片区规划面积18.2平方公里,重点布局生物医药和新能源电池材料;", sorted(["生物医药", "新能源电池材料"])),
    # decoys: parks laid out, not industries; a base the state laid out in the past
    ("新纳入的区域将重点布局光谷生物城、光谷未来科技城等六大产业园区。", []),
    ("天水是国家“一五”时期重点布局的老工业基地。", []),
])
def test_zhong_dian_bu_ju_lists_a_zones_planned_industries(nlp, text, names):
    records = extract(nlp, "园区动态\n2021-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == names

def test_a_growth_column_beside_a_plans_year_columns_is_no_goal(nlp):
    head = "某市“十四五”开发区发展规划\n\n二、发展目标\n\n表1 主要指标\n"
    text = (head + "序号 | 指标 | 2020年基期 | 2025年目标 | 年均增长 | 属性\n"
            "1 | 开发区营业收入（亿元） | 1860 | 3500 | 13.5% | 预期性\n"
            "2 | 税收收入（亿元） | 96 | 150 | 9.3% | 预期性\n")
    targets = of(extract(nlp, text)[1], "target")
    # the 年均增长 column is derived from the two year columns: no goal of its own, nor a figure of a sentence
    assert sorted((t["value"], t["year"]) for t in targets) == [(1.5e10, 2025), (3.5e11, 2025)]
    # decoy: a growth rate a plan states in its prose is a goal
    text = head + "到2025年,开发区营业收入年均增长13.5%左右。\n"
    assert [(t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")] == [(13.5, "percent")]


def test_an_amount_before_ji_is_the_class_of_what_is_counted(nlp):
    text = "园区动态\n2024-03-02\n今年南沙计划完成固定资产投资约900亿元,并推动十个百亿元级项目落地。\n"
    targets = of(extract(nlp, text)[1], "target")
    # 百亿元级 classes the projects: the goal is ten projects, no amount of 100亿元
    assert sorted((t["value"], t["unit"]) for t in targets) == [(10, "count"), (9e10, "CNY")]
    # decoy: an amount with no 级 after it is the goal
    text = "园区动态\n2024-03-02\n今年全区计划完成固定资产投资约900亿元,新增产值一百亿元。\n"
    assert sorted(t["value"] for t in of(extract(nlp, text)[1], "target")) == [1e10, 9e10]


def test_the_land_a_project_takes_is_no_goal_of_the_goal_word_before_it(nlp):
    text = "园区动态\n2022-03-02\n据介绍,电子园二期预计年内开工,用地面积约420亩,建成后可新增入驻企业40家以上。\n"
    targets = of(extract(nlp, text)[1], "target")
    # 用地面积约420亩 says what the project is; the goal is the firms it is to hold
    assert [(t["value"], t["unit"]) for t in targets] == [(40, "count")]
    # decoy: with a verb the land is the goal (占地面积将达到…)
    text = "园区动态\n2021-03-02\n到2025年,园区占地面积将达到2.6平方公里。\n"
    assert [(t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")] == [(2.6, "km2")]


def test_a_figure_after_quan_mian_fa_zhan_hou_counts_from_the_event_and_takes_no_carried_year(nlp):
    text = ("园区动态\n2024-03-15\n按照规划,前海合作区力争到2025年地区生产总值达到3000亿元。"
            "港深创新及科技园全面发展后,总楼面面积约为119万平方米,可创造约5万个职位。\n")
    targets = of(extract(nlp, text)[1], "target")
    # after full development (全面发展后): no year, not the 2025 of the sentence before
    assert sorted((t["value"], t["year"]) for t in targets if t["value"] != 3e11) == [(1.19, None), (50000, None)]
    # decoy: a time in the event's clause dates it
    text = "园区动态\n2024-03-15\n科技园预计2027年全面发展后,可创造约5万个职位。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(50000, 2027)]


def test_a_phase_already_finished_does_not_date_a_projects_planned_total(nlp):
    text = ("园区动态\n2022-03-02\n园区内惠科电子北海产业新城项目计划总投资240亿元,一期项目已于2021年9月建成投产,"
            "达产后预计年产值约300亿元。\n")
    targets = of(extract(nlp, text)[1], "target")
    assert [(t["value"], t["year"]) for t in targets if t["value"] == 2.4e10] == [(2.4e10, None)]
    # decoy: a completion still to come dates a planned spend that is not the whole total (GUIDE, round 29g)
    text = "园区动态\n2022-03-02\n该项目二期计划投资3.6亿元,占地260亩,预计2023年建成投产。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target") if t["value"] == 3.6e8] == [(3.6e8, 2023)]


def test_a_sentence_of_honours_won_takes_no_goal_from_the_sentence_before(nlp):
    text = ("园区动态\n2024-03-02\n目标是到2025年,医疗器械产业集群营业收入达到300亿元。"
            "园区先后获评“国家火炬计划特色产业基地”,拥有省级以上研发平台16个,检验检测中心1个。\n")
    targets = of(extract(nlp, text)[1], "target")
    assert [(t["value"], t["year"]) for t in targets] == [(3e10, 2025)]
    # decoy: with no honour word the sentence after a goal still takes its year
    text = ("园区动态\n2024-03-02\n目标是到2025年,医疗器械产业集群营业收入达到300亿元。"
            "新增省级以上研发平台16个。\n")
    assert sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")) == [(16, 2025), (3e10, 2025)]


def test_a_numbered_note_under_a_goal_section_states_no_goal(nlp):
    head = "2021年全区开发区统计公报\n\n6.园区发展目标\n\n到2025年,全区开发区营业收入超1000亿元的园区达到10个以上。\n\n注释:\n"
    text = head + "[4]开发区和园区统计范围为纳入全区开发区和产业园区统计监测平台的114个园区。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [10]
    # decoy: the same line with no note mark, in the goal section, is a goal of the section
    text = head.replace("\n\n注释:\n", "\n") + "新增纳入统计监测平台的园区20个。\n"
    assert sorted(t["value"] for t in of(extract(nlp, text)[1], "target")) == [10, 20]


def test_a_design_capacity_is_what_a_facility_is_built_for_not_a_goal(nlp):
    head = "园区动态\n2022-03-02\n"
    text = head + "园区今年将建成危险废物集中处置中心,设计处置能力5万吨/年。\n"
    assert not of(extract(nlp, text)[1], "target")
    # decoy: a capacity a goal adds (新增日处理能力6万吨) is a goal
    text = head + "计划2023年新增日处理能力6万吨。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(60000, 2023)]


def test_a_change_from_the_present_keeps_the_goal_before_it(nlp):
    text = ("园区动态\n2022-03-02\n园区计划到2024年引进上下游配套企业30家以上,集成电路封装测试年产能由目前的400亿块"
            "提升至600亿块,产值突破150亿元。\n")
    targets = of(extract(nlp, text)[1], "target")
    # 由目前的… names where the capacity starts: the 产值 after it is still a goal of 2024
    assert (1.5e10, 2024) in [(t["value"], t["year"]) for t in targets]
    text = "园区动态\n2022-03-02\n园区亩均营业收入有望从目前的1672万元提高到3000万元。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [3e7]
    # decoy: a past word that is no starting point (已) still unmakes the goal
    text = "园区动态\n2022-03-02\n园区计划到2024年引进配套企业30家以上,已建成厂房20万平方米,产值突破150亿元。\n"
    assert (1.5e10, 2024) not in [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")]


def test_a_unit_in_brackets_between_a_baseline_and_its_change_word(nlp):
    text = "园区动态\n2022-03-02\n本项目达产后,公司智能焊接机器人年产能将由目前的1.2万台(套)提升至6.2万台(套)。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [62000]

def test_a_countys_report_naming_several_zones_gives_its_county_figures_no_zone(nlp):
    # 富平县人民政府工作报告 on its 高新区 and two 工业园区: the county's GDP is the county's, not the zone named most
    head = ("富平县人民政府工作报告\n\n一、2021年工作回顾\n\n"
            "全年实现地区生产总值二百八十六点四亿元,同比增长百分之七点二。\n\n")
    parks = ("富平高新区规划面积二十四点六平方公里。富平高新区新入驻企业十二家。富平高新区完成投资四十亿元。\n"
             "富平县庄里工业园区完成投资六亿元。\n")
    records = extract(nlp, head + parks)[1]
    zones = {m["text"]: m["zone"] for m in of(records, "money")}
    assert zones["二百八十六点四亿元"] is None
    # the parks' own sentences keep their zones
    assert zones["四十亿元"] is not None and zones["六亿元"] == "富平县庄里工业园区"
    # decoy: a county's report on its one park speaks of the park as of itself
    one_park = head + "富平高新区规划面积二十四点六平方公里。富平高新区完成投资四十亿元。\n"
    assert {m["text"]: m["zone"] for m in of(extract(nlp, one_park)[1], "money")}["二百八十六点四亿元"] is not None


def test_a_free_trade_zone_parts_place_and_pian_qu_is_its_short_form_anywhere(nlp):
    # an interview's headline names the part in full; the answers far below call it by its place and 片区
    text = ("访中国(山东)自由贸易试验区青岛片区管委会主任\n\n"
            "周海涛:青岛片区实施范围是52平方公里。\n")
    records = extract(nlp, text)[1]
    assert zones_of(records) == {"中国(山东)自由贸易试验区青岛片区": ["青岛片区"]}
    assert [a["zone"] for a in of(records, "area")] == ["中国(山东)自由贸易试验区青岛片区"]
    # decoy: 片区 after a word that is no place (东部片区) is a common word, no short form of the part
    text = ("访中国(山东)自由贸易试验区青岛片区管委会主任\n\n东部片区规划面积12平方公里。\n")
    assert zones_of(extract(nlp, text)[1]) == {"中国(山东)自由贸易试验区青岛片区": []}


def test_a_table_titled_by_the_issuer_with_its_unit_spaced_apart_is_the_issuers(nlp):
    # a prospectus's table title and its unit on one line, apart by spaces: the title, not a row of cells
    text = ("宜春经济技术开发区位于宜春市中心城区西部。宜春经开区规划面积50平方公里。\n\n"
            "表2-1发行人营业收入构成情况   单位:万元\n业务板块 | 2019年度 | 2018年度\n"
            "基础设施代建 | 112,386.52 | 98,654.30\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["112,386.52"] is None and zones["98,654.30"] is None
    # decoy: a table titled by the zone, its unit spaced apart the same way, keeps the zone
    text = text.replace("发行人营业收入构成情况", "宜春经开区主要经济指标")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["112,386.52"] == "宜春经济技术开发区"


def test_a_plans_numbered_jie_heading_opens_a_new_zones_section(nlp):
    # 第二节 易门工业园区 / 第三节 华宁工业园区: each short 节 of a plan is about the park it is headed by
    text = ("第二节 易门工业园区\n\n发展现状:规划面积28.5平方公里,2020年营业收入326亿元。\n\n"
            "第三节 华宁工业园区\n\n主导产业:绿色化工、新型建材。\n发展目标:到2025年,营业收入将达到300亿元左右。\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones == {"326亿元": "易门工业园区", "300亿元左右": "华宁工业园区"}
    # decoy: a 节 naming no zone after a park's 节 is no longer that park's
    text = ("第四节 通海五金产业园\n\n发展现状:规划面积6.8平方公里,2020年产值92亿元。\n\n"
            "第五节 其他特色园区\n\n江川星云湖健康产业园、元江特色农产品加工园区等2个园区,预计到2025年合计实现营业收入150亿元以上。\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["92亿元"] == "通海五金产业园" and zones["150亿元以上"] is None


def test_an_interview_about_the_zone_its_headline_names_gives_it_the_unnamed_figures(nlp):
    # the guest's zone, named alone in the headline, though the answers name another zone as often
    answers = ("周海涛:我说几个数吧。去年片区进出口两千多亿元。\n\n周海涛:青岛片区实施范围是52平方公里。\n\n"
               "周海涛:青岛经济技术开发区重点发展家电。青岛经济技术开发区规划面积274平方公里。\n")
    text = "青岛新闻网 > 访谈\n\n【对话片区】勇当改革开放排头兵——访中国(山东)自由贸易试验区青岛片区管委会主任周海涛\n\n" + answers
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["中国(山东)自由贸易试验区青岛片区"]
    # decoy: a zone first named in running text (a line ending with 。) is no headline's: no zone dominates
    text = "湾区平台一周综述\n\n今年是中国(山东)自由贸易试验区青岛片区挂牌四周年。\n\n" + answers
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None]
    # decoy: under the headline, a sentence on a bare word of another kind (综保区) speaks of another zone
    text = ("【对话片区】勇当改革开放排头兵——访中国(山东)自由贸易试验区青岛片区管委会主任周海涛\n\n周海涛:我说几个数吧。综保区这边前三季度进出口560多亿元。\n\n"
            + answers.split("\n\n", 1)[1])
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None]


def test_an_indicator_tables_cells_written_with_a_bound_sign_are_goals(nlp):
    # a plan's table of environmental goals writes its bounds with ≥ / ≤ (≥90, ≤0.52) beside bare cells (100)
    text = ("2020年6月\n\n表4-1  规划环境保护目标\n\n"
            "序号  指标名称                             单位            近期(2025年)   远期(2035年)\n"
            "1     工业废水集中处理率                    %               100              100\n"
            "2     一般工业固体废物综合利用率            %               ≥90              ≥95\n"
            "3     中水回用率                            %               ≥20              ≥30\n")
    goals = {(t["text"], t["year"]): (t["metric"], t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")}
    assert goals[("≥90", 2025)] == ("一般工业固体废物综合利用率", 90.0, "percent")
    assert goals[("≥95", 2035)] == ("一般工业固体废物综合利用率", 95.0, "percent")
    assert ("≥30", 2035) in goals and ("100", 2025) in goals
    # decoy: the same table's figures in a year before the report's are results, bound sign or not
    past = text.replace("近期(2025年)", "现状(2010年)").replace("远期(2035年)", "现状(2012年)")
    assert of(extract(nlp, past)[1], "target") == []


def test_a_taiwan_reports_table_of_roc_year_columns_is_read_with_its_currency_first_units(nlp):
    # a Taiwan park's annual report: a table titled apart from its name, ROC year columns, units 新台币亿元
    text = ("科学工业园区管理局108年年报\n中华民国109年6月\n\n"
            "表0-1  108年重要指标及109年目标\n"
            "项目       单位      108年实绩   109年目标\n"
            "营业额      新台币亿元   6785     7000\n"
            "新引进厂商    家       12      15\n"
            "从业员工     人       52386     54000\n")
    records = extract(nlp, text)[1]
    goals = {t["text"]: (t["year"], t["value"], t["unit"]) for t in of(records, "target")}
    assert goals == {"7000": (2020, 7e11, "other"), "15": (2020, 15.0, "count"), "54000": (2020, 54000.0, "people")}
    money = {m["text"]: (m["currency"], m["year"], m["target"]) for m in of(records, "money")}
    assert money["6785"] == ("TWD", 2019, False) and money["7000"] == ("TWD", 2020, True)
    # decoy: in a text not dated by the ROC calendar, 108年 is no year and the table no table of years
    mainland = text.replace("中华民国109年6月", "2020年6月").replace("新台币亿元", "亿元   ")
    assert of(extract(nlp, mainland)[1], "target") == []


def test_jiang_before_a_word_opening_with_you_is_no_goal_word_jiang_you(nlp):
    # an inspection report quotes the rule it checks (可以将有关…权限下放) before stating what was done
    text = ("关于检查《开发区条例》实施情况的报告\n2019年9月25日\n\n"
            "依据《条例》第十五条关于“省人民政府可以将有关省级经济管理权限依法下放或者委托开发区行使”的规定,"
            "省政府先后两批向西宁经开区下放或委托省级管理权限62项。\n")
    assert of(extract(nlp, text)[1], "target") == []
    # decoy: 将有 itself still says what is to come
    text = "关于2020年开发区工作的安排\n\n今年园区还将有14个项目开工建设。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [14.0]


def test_a_projection_of_one_project_carries_its_year_but_no_goal_into_the_next_sentence(nlp):
    # a newspaper's paragraph of this year's results, one project's projection among them
    text = ("河南日报 2010年9月20日\n\n"
            "今年以来,许昌经济技术集聚区新开工亿元以上项目十四个,其中总投资三十亿元的许继智能电网装备产业园项目占地一千二百亩,"
            "建成后可实现年销售收入一百亿元。集聚区还建成标准化厂房二十六万平方米,为中小企业“拎包入驻”创造了条件。\n")
    records = extract(nlp, text)[1]
    assert [t["value"] for t in of(records, "target")] == [1e10]
    area = [a for a in of(records, "area") if a["text"] == "二十六万平方米"][0]
    assert (area["target"], area["year"]) == (False, 2010)
    # decoy: a goal word of its own (力争) still carries its goal into the sentence after it
    text = text.replace("建成后可实现", "力争建成后实现")
    assert 0.26 in [t["value"] for t in of(extract(nlp, text)[1], "target")]


def test_an_amount_right_before_a_zone_word_is_the_size_of_the_zones_counted(nlp):
    # a plan quoted in a report: 千亿元园区达到10个 counts parks of that size
    text = ("《广西壮族自治区开发区“十三五”发展规划》提出,到2020年,全区开发区工业总产值突破2.5万亿元,"
            "千亿元园区达到10个,百亿元开发区达到30个。\n")
    goals = {(t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")}
    assert goals == {(2.5e12, "CNY"), (10.0, "count"), (30.0, "count")}
    # decoy: an amount the zone reaches, with a verb between, is its goal
    text = "到2020年,园区工业总产值达到1000亿元。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [1e11]


def test_a_clause_ending_with_when_one_plant_is_done_carries_no_goal_into_the_next(nlp):
    # a news report: one plant's mass production date, then what other firms have done
    text = ("2018-03-12 经济日报\n\n"
            "新增投资案中,以半导体业者在台南园区兴建12吋晶圆新厂最受瞩目,新厂月产能可达10万片晶圆,预计2020年量产;"
            "另有3家医疗器材业者进驻高雄园区,合计投资约15亿元。\n")
    values = [t["value"] for t in of(extract(nlp, text)[1], "target")]
    assert 3.0 not in values and 1.5e9 not in values
    # decoy: a plan's horizon (到2020年) still carries into the clause after it
    text = "到2020年,园区工业总产值达到500亿元;新引进企业30家。\n"
    assert sorted(t["value"] for t in of(extract(nlp, text)[1], "target")) == [30.0, 5e10]

def test_a_marked_storys_column_headings_close_its_last_marked_section(nlp):
    # a zone's special page: ■ sections on its parks, then 【…】 columns on the zone itself, named by its headline
    text = ("一区多园竞风流\n——写在丹阳经济开发区设立二十四周年之际\n\n"
            "　　丹阳经济开发区(以下简称“丹阳开发区”)规划面积98平方公里。\n\n【园区巡礼】\n\n"
            "　　■ 眼镜园:从“眼镜之乡”到“世界镜都”\n　　丹阳眼镜产业园(简称“眼镜园”)规划面积5.2平方公里。\n"
            "　　■ 物流园:打造苏南物流枢纽\n　　丹阳综合物流园(简称“物流园”)占地1500亩,计划总投资35亿元。\n\n"
            "【招商引资】\n\n　　今年以来,开发区一次性签约项目12个,总投资78.5亿元。\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones == {"35亿元": "丹阳综合物流园", "78.5亿元": "丹阳经济开发区"}
    # decoy: with no headline naming a zone, the column is about no zone (not the last park's)
    text = text.replace("——写在丹阳经济开发区设立二十四周年之际", "——写在开发区设立二十四周年之际")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["35亿元"] == "丹阳综合物流园" and zones["78.5亿元"] is None


def test_a_bar_opens_a_marked_section_as_a_square_does(nlp):
    # a WeChat article's ▌ headings: a section naming no zone is not about the park of the section before it
    text = ("一文读懂,这些政策请收好!\n\n▌洛阳新材料产业园\n占地约3200亩,园区计划总投资150亿元。\n\n"
            "▌保税维修能干啥\n目前已有保税维修企业12家,去年保税维修业务收入达到18.5亿元。\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["150亿元"] == "洛阳新材料产业园" and zones["18.5亿元"] is None
    # decoy: a ▌ heading naming a park gives its section that park
    text = text.replace("▌保税维修能干啥", "▌许昌智能装备产业园")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones == {"150亿元": "洛阳新材料产业园", "18.5亿元": "许昌智能装备产业园"}


def test_a_free_trade_zone_parts_block_named_after_a_zone_is_not_that_zone(nlp):
    # 经开区块: a block of the 片区 named after the 经开区 it lies in; its figures are the 片区's, not the 经开区's
    head = ("中国(河南)自由贸易试验区郑州片区(以下简称“郑州片区”)实施范围73.17平方公里。郑州片区累计新注册企业11万家。"
            "郑州片区实现进出口1482亿元。郑州片区下设三个区块,其中一个位于郑州经济技术开发区。\n\n")
    text = head + "经开区块:约29.7平方公里,主攻汽车及零部件。\n"
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["约29.7平方公里"] == "中国(河南)自由贸易试验区郑州片区"
    # decoy: the bare 经开区 itself still stands for the document's one 经开区
    text = head + "经开区:约29.7平方公里,主攻汽车及零部件。\n"
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["约29.7平方公里"] == "郑州经济技术开发区"


def test_a_numbered_heading_led_by_a_place_gives_its_section_the_zone_named_after_it(nlp):
    # a page on several platforms, each section headed by the place the platform is known by
    text = ("大湾区三大合作平台最新发展\n\n一、概览\n河套深港科技创新合作区总面积约3.89平方公里。"
            "河套深港科技创新合作区由深圳园区及香港园区组成。\n\n"
            "二、前海:由14.92平方公里扩至120.56平方公里\n前海深港现代服务业合作区位于深圳西部。\n\n"
            "二○二三年实际使用外资58.6亿美元。\n\n"
            "三、南沙:先行启动区23平方公里\n区内的中国(广东)自由贸易试验区广州南沙新区片区面积60平方公里。"
            "广州南沙经济技术开发区为国家级经开区。二○二三年,南沙区地区生产总值2,252亿元人民币。\n")
    records = extract(nlp, text)[1]
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    # the one zone whose name holds 前海; none for 南沙, whose place two zones' names hold (not the document's 河套)
    assert money == {"58.6亿美元": "前海深港现代服务业合作区", "2,252亿元": None}
    # decoy: a numbered heading led by a word no zone's name holds (二、概况:) opens no section of its own: the
    # document's zone, named most, reaches the paragraph naming none
    text = text.replace("二、前海:由", "二、概况:由")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["58.6亿美元"] == "河套深港科技创新合作区"


def test_a_press_conference_speakers_turn_is_about_the_zone_of_the_post_the_roster_gives(nlp):
    roster = ("推动全省开发区高质量发展新闻发布会\n\n发布人:\n辽宁省商务厅副厅长 王立新\n"
              "沈阳经济技术开发区管委会副主任 刘长海\n大连经济技术开发区管委会副主任 陈晓梅\n\n")
    turns = ("【刘长海】\n沈阳经开区管辖面积四百四十四平方公里。沈阳经开区完成固定资产投资三百一十二亿元。\n\n"
             "【新华社记者】\n大连开发区去年在集成电路领域动作很大,请陈主任介绍一下。\n\n"
             "【陈晓梅】\n好的。去年全区实现规模以上工业营业收入三千二百亿元。\n\n"
             "【王立新】\n今年,我们将组织开展招商月活动,签约项目总金额超过一千五百亿元。\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, roster + turns)[1], "money")}
    # 陈晓梅 speaks for 大连; the province's 副厅长 for no zone (not the 沈阳 the document names most)
    assert zones["三千二百亿元"] == "大连经济技术开发区"
    assert zones["超过一千五百亿元"] is None
    # decoy: without a roster, a bracketed name opens no section of a zone
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, "新闻发布会\n\n" + turns)[1], "money")}
    assert zones["三千二百亿元"] != "大连经济技术开发区"


def test_a_sentence_on_the_whole_prefecture_or_state_takes_no_zone(nlp):
    # 全州: an autonomous prefecture (or a Malaysian state) as a whole, like 全市
    head = "恩施高新技术产业开发区规划面积30平方公里。恩施高新区完成投资86亿元。\n\n"
    text = head + "力争到2025年全州规模以上工业总产值达到1500亿元。\n"
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["1500亿元"] is None and zones["86亿元"] == "恩施高新技术产业开发区"
    # decoy: 全区 in a zone's own document is the zone's
    text = head + "力争到2025年全区规模以上工业总产值达到1500亿元。\n"
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["1500亿元"] == "恩施高新技术产业开发区"


def test_a_marked_story_naming_one_park_far_more_than_any_other_is_about_that_park(nlp):
    park = "柔佛绿色科技产业园"
    text = (f"园区二期动工 中方承诺再投12亿美元\n\n【本报新山18日讯】{park}今日举行二期动工仪式。{park}首期规划面积三百公顷。"
            f"{park}以太阳能光伏为主导产业。\n\n■「两国双园」联动发展\n\n{park}与钦州中马合作产业园同属两国双园。\n\n"
            "■ 本地商家盼分一杯羹\n\n据商会粗略统计,去年本地采购的金额只有约1亿5000万令吉。\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["约1亿5000万令吉"] == park
    # decoy: a marked story on two parks named about as often has no zone of its own
    other = "钦州中马合作产业园"
    text = text.replace("\n\n■「两国双园」", f"{other}规划面积55平方公里。{other}已有项目落户。\n\n■「两国双园」")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["约1亿5000万令吉"] is None

# Round 18d: industries.

@pytest.mark.parametrize("text, names", [
    # jieba cuts 天水电工电器 as 天/水电工/电器, and tags 海洋 a place and 海洋生物 an organisation
    ("天水电工电器产业集群入选省级重点产业集群。", ["电工电器"]),
    ("乐清经开区重点发展电工电器、智能装备等产业。", ["智能装备", "电工电器"]),
    ("另外我们这两年在培育海洋生物医药产业集群,已经聚集了相关企业七十多家。", ["海洋生物医药"]),
    ("青岛片区重点发展现代海洋、国际贸易、航运物流这三大产业。", ["国际贸易", "航运物流", "现代海洋"]),
])
def test_marine_and_electrical_industries_are_named_whole(nlp, text, names):
    records = extract(nlp, "园区动态\n2023-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # X及Y one industry: Y made from X, or both ending with the same kind (化工, 药)
    ("石墨及石墨烯产业集群产值达到150亿元。", ["石墨及石墨烯"]),
    ("长江埠化工园以盐化工及精细化工为主导产业。", ["盐化工及精细化工"]),
    ("西宁经开区以新能源、新材料、藏药及生物医药为主导产业。", ["新能源", "新材料", "藏药及生物医药"]),
    # decoys: a broad shared head (服务) or none joins two industries
    ("前海以现代物流、资讯服务及科技服务为支柱产业。", ["现代物流", "资讯服务", "科技服务"]),
    ("园区重点发展新材料及生物医药产业。", ["新材料", "生物医药"]),
    # decoy: a count after the list still splits the pair
    ("园区以藏药及生物医药两大产业为主导产业。", ["藏药", "生物医药"]),
])
def test_ji_joins_one_industry_of_one_kind(nlp, text, names):
    records = extract(nlp, "园区动态\n2023-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # after the cue, products before 等 and the kind of industry after it: the industry is the kind
    ("元江园区重点发展芒果、甘蔗等特色农产品精深加工,计划到2025年引进企业20家。", ["特色农产品精深加工"]),
    ("园区重点发展光伏玻璃、组件等新材料。", ["新材料"]),
    # decoys: the word after 等 names no industry, or is a count: the items are the industries
    ("园区重点发展电子信息、生物医药等新兴产业。", ["电子信息", "生物医药"]),
    ("园区重点发展电子信息、生物医药等两大产业。", ["电子信息", "生物医药"]),
])
def test_a_kind_named_after_examples_behind_a_cue_is_the_industry(nlp, text, names):
    records = extract(nlp, "园区动态\n2023-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # jieba tags 再生资源 an idiom (l): a word the lexicon knows as an industry still makes a name
    ("梧州循环经济产业园区再生铜、再生不锈钢等再生资源加工产业集群已初具规模。", ["再生资源加工"]),
    # decoy: an idiom the lexicon does not know as an industry makes none
    ("园区坚持一心一意谋发展产业集群。", []),
])
def test_a_known_industry_word_makes_a_name_whatever_jieba_tags_it(nlp, text, names):
    records = extract(nlp, "园区动态\n2023-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # 冶炼 (jieba: a verb) is a trade an industry's name holds
    ("园区以铜、铝等有色金属冶炼及精深加工为支柱产业,累计完成投资186亿元。", ["有色金属冶炼及精深加工"]),
    ("园区以钢铁冶炼、装备制造为主导产业。", ["钢铁冶炼", "装备制造"]),
    # decoy: a list of tasks after 以 is still no list of industries
    ("园区以加快冶炼企业搬迁为重点。", []),
])
def test_smelting_is_a_trade_in_an_industrys_name(nlp, text, names):
    records = extract(nlp, "园区动态\n2023-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # 等一批 counts the list like 等五大: the scale label after it is no item
    ("到2021年形成新能源汽车、集成电路、智能家电等一批千亿级产业集群。", ["新能源汽车", "集成电路", "智能家电"]),
    ("全市培育壮大了纺织服装、食品加工等一批特色产业集群。", ["纺织服装", "食品加工"]),
    # decoy: 一批 with no list before it names no industry
    ("园区将培育一批百亿级产业集群。", []),
])
def test_yi_pi_counts_a_list_of_clusters(nlp, text, names):
    records = extract(nlp, "园区动态\n2023-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


def test_a_pdf_table_with_a_tabbed_header_and_single_spaced_rows_lists_industries(nlp):
    # a table pasted from a PDF: tabs between the header's cells, one space between a row's
    head = "表1 2011年各园区主要经济指标\n园区名称\t规划面积(平方公里)\t完成投资(亿元)\t主导产业\n"
    text = head + "东川工业园区 22.5 58.6 光伏制造、新材料\n甘河工业园区 38.0 81.3 有色冶金、盐湖化工\n"
    records = extract(nlp, "园区动态\n2012-03-02\n" + text)[1]
    assert sorted(i["name"] for i in of(records, "industry")) == ["光伏制造", "新材料", "有色冶金", "盐湖化工"]
    # decoy: a row whose single spaces make more cells than the header has is no row of it
    text = head + "东川工业园区 22.5 58.6 光伏制造 新材料 多晶硅\n"
    assert of(extract(nlp, "园区动态\n2012-03-02\n" + text)[1], "industry") == []


def test_a_zones_planned_area_in_a_dated_table_has_no_year(nlp):
    # a table titled by a year: the zone's planned area is what the zone is, not a figure of that year
    text = ("表1 2011年各园区主要经济指标\n园区名称 | 规划面积(平方公里) | 建成区面积(平方公里) | 完成投资(亿元)\n"
            "东川工业园区 | 22.5 | 12.4 | 58.6\n")
    areas = {a["text"]: (a["kind"], a["year"]) for a in of(extract(nlp, "园区动态\n2012-03-02\n" + text)[1], "area")}
    assert areas["22.5"] == ("planned", None)
    # decoy: the built-up area of the same row is the year's
    assert areas["12.4"] == ("built", 2011)


def test_a_bulletins_table_gives_its_money_columns_the_unit_line_lists(nlp):
    # 单位:平方公里、亿元、%、家 between the title and the header: columns naming money take 亿元, dated by the title
    text = ("2021年广西开发区统计公报\n\n表14-1  2021年主要开发区和园区主要经济指标\n\n单位:平方公里、亿元、%、家\n\n"
            "开发区名称                  规划面积   规上工业总产值   比上年增长   固定资产投资   税收收入   规上工业企业\n"
            "南宁高新技术产业开发区         66.0          812.6          18.4          168.3         62.7          312\n"
            "北海工业园区                   48.2         1126.3          11.5          123.9         33.5          155\n")
    money = {m["text"]: (m["value"], m["category"], m["year"], m["zone"]) for m in of(extract(nlp, text)[1], "money")}
    assert money == {
        "812.6": (8.126e10, "output", 2021, "南宁高新技术产业开发区"),
        "168.3": (1.683e10, "investment", 2021, "南宁高新技术产业开发区"),
        "62.7": (6.27e9, "tax", 2021, "南宁高新技术产业开发区"),
        "1126.3": (1.12630e11, "output", 2021, "北海工业园区"),
        "123.9": (1.239e10, "investment", 2021, "北海工业园区"),
        "33.5": (3.35e9, "tax", 2021, "北海工业园区")}
    # decoys: the growth (%) and firm-count (家) columns are no money; the planned area keeps no year
    areas = {a["text"]: a["year"] for a in of(extract(nlp, text)[1], "area")}
    assert areas == {"66.0": None, "48.2": None}


def test_a_table_unit_naming_its_currency_after_yuan_gives_money(nlp):
    # Hong Kong writes 亿元人民币: a label's unit so is 人民币…亿元, each cell of its row a money fact
    text = ("表一:三大合作平台主要指标(二○二三年)\n指标|前海合作区|南沙区|横琴合作区\n"
            "总面积(平方公里)|120.56|803|106\n地区生产总值(亿元人民币)|2,150|2,252|470\n")
    money = sorted((m["text"], m["value"], m["currency"]) for m in of(extract(nlp, text)[1], "money"))
    assert money == [("2,150", 2.15e11, "CNY"), ("2,252", 2.252e11, "CNY"), ("470", 4.7e10, "CNY")]
    # decoy: a row in a unit with no currency (家) gives no money
    text = text.replace("地区生产总值(亿元人民币)", "港澳资企业(家)")
    assert of(extract(nlp, text)[1], "money") == []


@pytest.mark.parametrize("text, names", [
    # after a numbered heading naming one industry, its section's 以…为重点 lists that industry's sub-sectors
    ("(二)新材料产业。以高分子材料、特种纤维和新型建材为重点,聚集企业27家。", []),
    ("二、生物医药产业。重点发展化学药、中成药和医疗器械,2023年实现产值20亿元。", []),
    # decoys: a heading naming no industry, or none at all, leaves the list the zone's
    ("(二)产业发展。以高分子材料、特种纤维和新型建材为重点,聚集企业27家。", ["高分子材料", "特种纤维", "新型建材"]),
    ("园区以高分子材料、特种纤维和新型建材为重点,聚集企业27家。", ["高分子材料", "特种纤维", "新型建材"]),
])
def test_a_list_under_a_numbered_industry_heading_names_its_sub_sectors(nlp, text, names):
    records = extract(nlp, "园区动态\n2023-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)

# Round 18b: zone names, precision and recall.

def test_a_places_park_listed_before_a_zone_word_is_the_same_zone_as_written_alone(nlp):
    # 后里园区 in a list closed by 等五个园区 and in the table after it: one zone, not two of one name
    text = ("中科目前包含台中园区、虎尾园区、后里园区、二林园区等四个园区,开发总面积约1708公顷。\n"
            "后里园区    255       201      96.3\n虎尾园区     97        52      78.4\n")
    names = [z["name"] for z in of(extract(nlp, text)[1], "zone")]
    assert sorted(names) == ["二林园区", "台中园区", "后里园区", "虎尾园区"]
    # decoy: a list item with a qualifier, not a place, before 园区 stays an item of its list
    text = "园区下设光电园区、生医园区等两个专业园区。生医园区引进企业12家。"
    names = [z["name"] for z in of(extract(nlp, text)[1], "zone")]
    assert names.count("生医园区") == 1


def test_a_park_first_named_alone_keeps_its_own_name_when_later_written_after_its_host(nlp):
    # the park is introduced by its own name; the host zone before it in a project's 建设地点 is a locator
    text = ("蓬溪经开区为省级经济开发区,由上游工业园和金桥新材料产业园“一区两园”组成。\n"
            "1.石墨烯材料项目\n  建设地点:蓬溪经开区上游工业园\n  总投资:5亿元\n")
    zones = zones_of(extract(nlp, text)[1])
    assert zones["上游工业园"] == ["蓬溪经开区上游工业园"] and "蓬溪经开区上游工业园" not in zones
    # decoy: a park introduced with its host before it keeps that full form (沧州高新区生物医药产业园 … 生物医药产业园)
    text = ("园区内沧州高新区生物医药产业园规划面积6.5平方公里。\n"
            "到2025年,生物医药产业园入驻企业达到80家。")
    zones = zones_of(extract(nlp, text)[1])
    assert zones["沧州高新区生物医药产业园"] == ["生物医药产业园"]
    # decoy: a compound with a short form defined right after it is how the report names the park
    text = ("漳州高新区下设数字经济产业园等园区。漳州高新区数字经济产业园(以下简称“数字园”)规划面积2平方公里。"
            "数字园引进企业30家。")
    assert "漳州高新区数字经济产业园" in zones_of(extract(nlp, text)[1])


def test_a_place_a_qualifier_and_yuanqu_name_a_park(nlp):
    # Taiwan and Qinghai name parks so: a place, the park's trade, 园区
    text = "南科屏东园区与屏东科技大学、屏东农业生物技术园区相邻,具备发展生技的良好条件。"
    assert "屏东农业生物技术园区" in zones_of(extract(nlp, text)[1])
    text = "海南州生态太阳能发电园区(以下简称海南州光伏园区)规划面积609平方公里。海南州光伏园区累计完成投资486亿元。"
    assert zones_of(extract(nlp, text)[1])["海南州生态太阳能发电园区"] == ["海南州光伏园区"]
    # decoys: a short qualifier says what kind of parks a place has; a city's 工业园区 are its parks together;
    # a zone's 合作园区 are its partners' parks
    for decoy in ("马来西亚中资园区版图扩大,吸引投资逾200亿令吉。", "泉州市工业园区发展基金已投放12亿元。",
                  "三、广州开发区合作园区\n加强与广州开发区的合作,共建园区5个。"):
        names = zones_of(extract(nlp, decoy)[1])
        assert not any(n.endswith("园区") and n not in ("广州开发区",) for n in names), names


def test_the_parts_a_zone_governs_listed_after_xiaxia_are_zones(nlp):
    # 下辖 after the zone's name: each 片区 of the list is a part of the zone, a place's name or not
    text = "玉溪高新区规划面积42.6平方公里,下辖研和片区、龙泉片区和九龙片区。"
    names = zones_of(extract(nlp, text)[1])
    assert {"研和片区", "龙泉片区", "九龙片区"} <= set(names)
    # decoys: a direction or a common word names no part; no zone before the list, no owner
    for decoy in ("玉溪高新区规划面积42.6平方公里,下辖东部片区和西部片区。",
                  "玉溪高新区规划面积42.6平方公里,下辖功能片区、配套片区。",
                  "该街道下辖研和片区、龙泉片区和九龙片区。"):
        assert not any(n.endswith("片区") for n in zones_of(extract(nlp, decoy)[1])), decoy


def test_jingkai_names_the_area_of_parks_inside_an_economic_zone(nlp):
    # 经开 is a city's 经开区 named as the area its parks lie in (郑州经开综合保税区, 经开跨境电商产业园)
    text = ("▌郑州经开综合保税区(经开综保区)\n2023年,经开综保区完成进出口总值612.8亿元。\n"
            "▌经开跨境电商产业园\n园区入驻企业180余家。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert "郑州经开综合保税区" in zones and "经开跨境电商产业园" in zones
    # decoy: the bare 经开区 alone is still no zone, and a named one keeps its own name
    text = "郑州经济技术开发区(简称郑州经开区)规划面积128平方公里。经开区重点发展汽车及零部件。"
    assert list(zones_of(extract(nlp, text)[1])) == ["郑州经济技术开发区"]


def test_guoji_between_a_city_and_a_place_stays_inside_the_name(nlp):
    # 郑州国际陆港物流园: 国际 after the city, before the port area's name, is part of the name
    text = "▌郑州国际陆港物流园\n郑州国际陆港物流园规划面积5.6平方公里,入驻物流企业60家。"
    assert list(zones_of(extract(nlp, text)[1])) == ["郑州国际陆港物流园"]
    # decoy: 国际 leading a name with no place before it is no place's infix (国际陆港物流园 alone is the port's)
    text = "陆港物流园规划面积5.6平方公里,入驻国际物流企业60家。"
    assert "郑州国际陆港物流园" not in zones_of(extract(nlp, text)[1])


def test_a_trade_agreements_acronym_before_a_park_led_by_its_place_is_part_of_its_name(nlp):
    text = "我们在片区里专门建了一个RCEP青岛经贸合作先行创新产业园,规划面积1.8平方公里。"
    assert list(zones_of(extract(nlp, text)[1])) == ["RCEP青岛经贸合作先行创新产业园"]
    # decoy: the acronym before anything but the park's name stays out of it
    text = "RCEP生效后,青岛经贸合作先行创新产业园规划面积1.8平方公里。"
    assert list(zones_of(extract(nlp, text)[1])) == ["青岛经贸合作先行创新产业园"]


def test_a_zones_name_and_its_new_areas_name_before_pianqu_is_the_parts_name(nlp):
    # 中国(广东)自由贸易试验区广州南沙新区片区: the part of the free trade zone named after the new area, with its short form
    text = "区内的中国(广东)自由贸易试验区广州南沙新区片区(下称「南沙片区」)面积60平方公里。南沙片区新增企业1.2万家。"
    zones = zones_of(extract(nlp, text)[1])
    assert zones.get("中国(广东)自由贸易试验区广州南沙新区片区") == ["南沙片区"]
    assert "中国(广东)自由贸易试验区广州南沙新区" not in zones
    # decoy: a park's own name before 片区 stays the park's (九龙工业园片区 is the 九龙工业园's area)
    text = "九龙工业园片区完成征地1.6平方公里。"
    assert "九龙工业园" in zones_of(extract(nlp, text)[1])


def test_a_province_a_prefecture_shares_the_name_of_before_a_bare_zone_word_is_its_zones_together(nlp):
    # 海南 is 海南省 and the short form of 海南藏族自治州 (written 海南州): 海南开发区 are the province's zones
    text = "从效益看,海南开发区地均产出最高,每平方公里营业收入达到86亿元。"
    assert "海南开发区" not in zones_of(extract(nlp, text)[1])
    # decoy: a province that a prefecture-level city shares the name of names the city's zone (吉林高新区)
    text = "吉林高新区规划面积19.3平方公里,2015年营业收入达到860亿元。"
    assert "吉林高新区" in zones_of(extract(nlp, text)[1])


def test_an_economic_regions_zone_words_are_its_zones_together(nlp):
    # 北部湾经济区开发区: the zones of the economic region (Guangxi's four cities) together, no zone
    text = "分区域看,北部湾经济区开发区和园区规上工业总产值8632.9亿元,占全区开发区和园区的51.6%。"
    assert not zones_of(extract(nlp, text)[1])
    # decoy: a zone named after an airport economic zone keeps its name (临空经济区 is a zone suffix)
    text = "广州临空经济区规划面积135.5平方公里,2021年实现地区生产总值1200亿元。"
    assert "广州临空经济区" in zones_of(extract(nlp, text)[1])


def test_a_places_yuanqu_shortens_the_one_park_its_place_leads(nlp):
    # 钦州园区 is the short form of 钦州中马合作产业园, the one park led by 钦州
    text = ("专程从钦州赶来的钦州中马合作产业园管委会副主任告诉本报,今年1至8月,钦州园区新签约项目23个,"
            "总投资186亿元人民币。")
    assert zones_of(extract(nlp, text)[1]) == {"钦州中马合作产业园": ["钦州园区"]}
    # decoy: a science park is made of parks named by their places (新竹园区 is a park of 新竹科学工业园区, not it)
    text = "新竹科学工业园区已扩展为新竹园区、竹南园区、龙潭园区等六个园区。新竹园区营业额8000亿元。"
    zones = zones_of(extract(nlp, text)[1])
    assert "新竹园区" in zones and "新竹园区" not in zones.get("新竹科学工业园区", [])

def test_a_catalogues_one_area_column_with_its_unit_is_read_row_by_row(nlp):
    # a catalogue of zones: serial number, code, name, date, issuer, one area column in 公顷 by its header
    text = ("(一)经济技术开发区\n\n序号 | 代码 | 开发区名称 | 批准时间 | 批准机关 | 核准面积(公顷) | 主导产业\n"
            "1 | G341001 | 合肥经济技术开发区 | 1993.04 | 国务院 | 980 | 汽车、装备制造、家用电器\n"
            "2 | G341002 | 芜湖经济技术开发区 | 1993.04 | 国务院 | 1000 | 汽车及零部件、电子电器、新材料\n")
    areas = of(extract(nlp, text)[1], "area")
    assert [(a["text"], a["value"], a["kind"], a["zone"]) for a in areas] == [
        ("980", 9.8, "planned", "合肥经济技术开发区"), ("1000", 10.0, "planned", "芜湖经济技术开发区")]
    # decoy: the serial numbers, codes and dates stay out, and so does a lone column in a unit of no area
    assert not of(extract(nlp, text.replace("核准面积(公顷)", "注册资本(万元)"))[1], "money")
    assert not of(extract(nlp, text.replace("核准面积(公顷)", "从业人员(人)"))[1], "area")


def test_the_name_a_zone_was_renamed_to_is_its_current_name(nlp):
    # a gazetteer's park under its successive names: the name after 更名为 is the zone's, the one before an alias
    text = ("景县志\n一九九八年七月,景县工业园设立,规划面积六点五平方公里。"
            "二〇〇六年四月,经河北省人民政府批准,景县工业园更名为景县经济开发区,核准面积三百八十公顷。\n")
    records = extract(nlp, text)[1]
    assert zones_of(records) == {"景县经济开发区": ["景县工业园"]}
    assert {a["zone"] for a in of(records, "area")} == {"景县经济开发区"}
    text = "南通日报\n南通开发区于2010年改名为南通经济技术开发区,规划面积150平方公里。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"南通经济技术开发区"}
    # decoy: a former name given by 前身是 before a later renaming leaves the zone's own name, before 前身是, the root
    text = ("石嘴山高新区巡礼\n石嘴山高新区的前身是1998年设立的石嘴山河滨工业园区,2006年更名为石嘴山经济开发区。\n")
    assert set(zones_of(extract(nlp, text)[1])) == {"石嘴山高新区"}


def test_a_table_of_selected_years_dates_each_rows_figures_by_its_year(nlp):
    # a gazetteer's table: rows named by their year under 年份, columns in 万元 by their header
    text = ("表4-1景县经济开发区主要经济指标(选年)\n\n"
            "年份  入区企业(家) 工业总产值(万元) 上缴税金(万元) 从业人员(人)\n"
            "1997  43       48000       1200       5200\n"
            "2005  97       186000       8900       9800\n")
    money = of(extract(nlp, text)[1], "money")
    assert [(m["text"], m["value"], m["year"], m["category"], m["target"]) for m in money] == [
        ("48000", 4.8e8, 1997, "output", False), ("1200", 1.2e7, 1997, "tax", False),
        ("186000", 1.86e9, 2005, "output", False), ("8900", 8.9e7, 2005, "tax", False)]
    # decoy: the years themselves and the counts of firms and people are no amounts; a row whose first cell is
    # a serial number under another first header is no year's
    assert not of(extract(nlp, text.replace("年份", "序号"))[1], "money")


def test_a_rank_among_the_provinces_zones_after_zhong_or_shouwei_is_no_collective(nlp):
    # the zone's figure beside its rank among many: 在全省…高新区中排名第4位, 居全省高新区首位, 居全省开发区前列
    head = "漳州高新区2024年度发展报告\n漳州高新技术产业开发区(以下简称“漳州高新区”)规划面积125.2平方公里。\n"
    for rank in ("增速在全省22个省级以上高新区中排名第4位", "规模居全省高新区首位", "总量居全省开发区前列"):
        text = head + f"全年规模以上工业总产值712.4亿元,{rank}。\n"
        zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
        assert zones["712.4亿元"] == "漳州高新技术产业开发区", rank
    # decoy: the province's zones as a whole, with no rank, stay many zones at once
    text = head + "全年全省高新区规模以上工业总产值712.4亿元。\n"
    assert {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}["712.4亿元"] is None


MUDANJIANG_WRAPPED = (
    "牡丹江经济技术开发区管理委员会\n\n二、各园区项目推进情况\n"
    "  (二)牡丹江绿色食品产业园。园区重点发展绿色食品精深加工和北药产业,\n"
    "规划面积5.3平方公里,以米业、乳业、饮品为主的食品产业集群初具规模。今\n"
    "年实施项目16个,总投资64.5亿元,1—9月完成投资约15.7亿元。北药精深加工\n"
    "产业化项目年内可竣工投产,达产后年产值可达6亿元。冷链物流中心项目冷库\n"
    "主体已封顶,建成后可新增冷藏能力5万吨,年营业收入可达8亿元。\n"
    "  (三)牡丹江对俄经贸产业园。园区依托绥芬河、东宁口岸通道,规划面积\n"
    "3.6平方公里,规划发展现代物流、跨境电商和木材深加工产业。今年实施项目\n"
    "9个,总投资51.2亿元,1—9月完成投资近9.8亿元,完成率偏低,仅为年度计划\n"
    "的65.3%。中俄木材交易中心二期项目受俄方原木出口政策调整影响,原料进口\n"
    "量同比下降32%,投资主体资金到位不足,1—9月仅完成投资10880万元。\n"
    "  (四)牡丹江新材料产业园。该园区为今年新设园区,起步区面积\n"
    "2.4平方公里,规划发展锂电池材料和石墨深加工产业,力争到2025年形成新材\n"
    "料产业集群,产值达到100亿元。园区今年实施项目5个,总投资68.3亿元,1—9\n"
    "月完成投资6.9亿元。锂电池正极材料项目(一期)已完成土建工程量的60%,一\n"
    "期投产后可实现年产值25亿元、年税收1.8亿元。\n"
    "序号 项目名称 建设单位 总投资(万元) 年度计划投资(万元)\n"
    "1恒丰纸业特种纸扩建项目 牡丹江恒丰纸业股份有限公司 86000 21000\n"
)


def test_a_pdfs_lines_wrapped_at_one_width_are_joined_for_attribution():
    from extractors.attribution import unwrapped

    joined = unwrapped(MUDANJIANG_WRAPPED)
    assert len(joined) == len(MUDANJIANG_WRAPPED)  # offsets kept: each break joined is a space
    assert "总投资68.3亿元,1—9 月完成投资" in joined and "食品产业集群初具规模。今 年实施项目16个" in joined
    # decoys: a paragraph's last line before an indented one, a heading and a table's rows stay apart
    assert "年营业收入可达8亿元。\n  (三)" in joined and "推进情况\n" in joined
    assert "年度计划投资(万元)\n1恒丰纸业" in joined and "管理委员会\n" in joined
    # decoy: a text whose paragraphs are one line each is no PDF's: nothing joined
    one_line_paragraphs = "\n".join(p.replace("\n", "") for p in MUDANJIANG_WRAPPED.split("\n  "))
    assert unwrapped(one_line_paragraphs) == one_line_paragraphs


def test_a_wrapped_line_naming_a_park_is_no_heading_of_the_text_before_it(nlp):
    # (四)…新材料产业园。该园区为今年新设园区,起步区面积 is short for a PDF's line, not a heading: the (三)
    # park's figures stay its own
    money = {m["text"]: m["zone"] for m in of(extract(nlp, MUDANJIANG_WRAPPED)[1], "money")}
    assert money["51.2亿元"].endswith("俄经贸产业园")  # (the zone finder cuts the name at 对: seen, left)
    assert money["64.5亿元"] == "牡丹江绿色食品产业园" and money["68.3亿元"] == "牡丹江新材料产业园"


def test_a_rankings_scored_item_naming_a_park_heads_no_section(nlp):
    # an annex ranking the parks by score after the bulletin's text: its short lines are items, no headings
    text = ("关于2022年1—9月全区重点项目建设进展情况的通报\n\n"
            "今年以来,牡丹江经济技术开发区(以下简称“牡丹江经开区”)坚持“项目为王、要素跟着项目走”,"
            "深入开展“项目建设攻坚年”活动,牡丹江经开区重点项目建设总体保持平稳推进态势。\n"
            "1—9月份,全区新签约项目23个,签约额156.8亿元,新落地项目18个,到位资金42.3亿元。\n\n"
            "附件:1—9月各园区重点项目推进综合评价排名\n"
            "第一名 铁岭河工业园区  92.5分\n第二名 牡丹江绿色食品产业园88.0分\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["156.8亿元"] == "牡丹江经济技术开发区"
    # decoy: a short line that is the park's name alone still heads the text of its section
    text = text.replace("第二名 牡丹江绿色食品产业园88.0分\n", "") + "牡丹江绿色食品产业园\n园区总投资64.5亿元。\n"
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["64.5亿元"] == "牡丹江绿色食品产业园"


def test_a_project_tables_annual_plan_and_months_columns_are_of_the_reports_year(nlp):
    # a bulletin's project table, its title with no year: 年度计划投资 holds the report year's goals, 1-9月完成投资
    # its results, 总投资 the projects' totals of no year
    text = ("牡丹江经济技术开发区关于2022年1—9月全区重点项目建设进展情况的通报\n\n表1亿元以上重点项目进展情况表\n"
            "序号 项目名称 建设单位 总投资(万元) 年度计划投资(万元) 1-9月完成投资(万元) 完成率%\n"
            "1恒丰纸业特种纸扩建项目 牡丹江恒丰纸业股份有限公司 86000 21000 18650 88.8\n\n"
            "牡丹江经济技术开发区管理委员会\n2022年10月11日\n")
    records = extract(nlp, text)[1]
    money = {m["text"]: (m["year"], m["target"]) for m in of(records, "money")}
    assert money["86000"] == (None, False) and money["21000"] == (2022, True) and money["18650"] == (2022, False)
    assert [(t["text"], t["year"]) for t in of(records, "target")] == [("21000", 2022)]
    # decoy: under a title naming its year, the columns keep the title's year, and only a goal title makes goals
    titled = text.replace("表1亿元以上重点项目进展情况表", "表1 2021年亿元以上重点项目进展情况表")
    money = {m["text"]: (m["year"], m["target"]) for m in of(extract(nlp, titled)[1], "money")}
    assert money["21000"] == (2021, False) and money["18650"] == (2021, False)


def test_a_company_named_after_a_zones_short_form_is_no_mention_of_it(nlp):
    # 牡丹江经开区城市建设投资有限公司 in a project table's row: the builder, not the zone; the row's park stays its zone
    text = ("牡丹江经济技术开发区(以下简称“牡丹江经开区”)2022年重点项目进展情况表\n"
            "序号 项目名称 建设单位 总投资(万元) 完成投资(万元)\n"
            "6铁岭河工业园区污水处理厂提标改造项目 牡丹江经开区城市建设投资有限公司 9600 5820\n")
    records = extract(nlp, text)[1]
    assert [m["zone"] for m in of(records, "money")] == ["铁岭河工业园区", "铁岭河工业园区"]
    # decoy: the short form written as a name, not a company's, is still the zone
    text = text.replace("牡丹江经开区城市建设投资有限公司 9600", "牡丹江经开区 9600")
    assert {m["zone"] for m in of(extract(nlp, text)[1], "money")} != {"铁岭河工业园区"}


def test_dui_before_a_partner_country_stays_inside_a_parks_name(nlp):
    # 牡丹江对俄经贸产业园: a park for trade with Russia; 对 is no preposition ending the name there
    text = "牡丹江经济技术开发区\n(三)牡丹江对俄经贸产业园。园区规划面积3.6平方公里。\n"
    records = extract(nlp, text)[1]
    assert "牡丹江对俄经贸产业园" in zones_of(records)
    assert [a["zone"] for a in of(records, "area")] == ["牡丹江对俄经贸产业园"]
    # decoy: 对 before a word that is no partner country still ends the name (a preposition: 对园区…)
    text = "牡丹江经济技术开发区\n管委会对绿色食品产业园规划面积3.6平方公里进行调整。\n"
    assert "管委会对绿色食品产业园" not in zones_of(extract(nlp, text)[1])


def test_a_unit_tables_rows_run_on_past_a_pages_footer(nlp):
    # a PDF's project table broken by a page: blank lines and the footer — 2 — between two rows
    head = ("表1亿元以上重点项目进展情况表\n序号 项目名称 建设单位 总投资(万元) 年度计划投资(万元)\n"
            "3绿色食品产业园冷链物流中心项目 牡丹江龙江冷链物流有限公司 45800 15000\n")
    tail = "4北药精深加工产业化项目 黑龙江牡丹江北药科技有限公司 28000 9500\n"
    for footer in ("\n— 2 —\n\n", "\n第 2 页 共 5 页\n\n"):
        records = of(extract(nlp, head + footer + tail)[1], "money")
        money = [m["text"] for m in records if m["extractor"] == "indicator_table"]
        assert money == ["45800", "15000", "28000", "9500"], footer
    # decoy: a blank line alone (no page's mark) still ends the table, and what follows is no row of it
    records = of(extract(nlp, head + "\n" + tail)[1], "money")
    assert [m["text"] for m in records if m["extractor"] == "indicator_table"] == ["45800", "15000"]

def test_a_record_of_a_span_of_years_dates_its_deadlines_as_results(nlp):
    # a gazetteer covering 1991—2015 is compiled after 2015: 至一九九七年底 is the date a result is counted at
    text = ("景县志(一九九一—二〇一五)\n\n第四章 工业园区\n\n"
            "至一九九七年底,入区企业发展到四十三家,累计完成投资二点三亿元。"
            "至二〇〇五年底,景县工业园入园企业九十七家,年实现工业总产值十八点六亿元;建成区面积三点四平方公里。\n"
            "“十一五”期间,开发区计划新增入区企业六十家,到二〇一〇年入区企业达到一百五十家,固定资产投资累计完成三十亿元。\n"
            "规划提出:到二〇一五年,开发区主营业务收入达到一百五十亿元。\n")
    _, records = extract(nlp, text)
    money = money_by_text(records)
    assert money["二点三亿元"] == (False, 1997) and money["十八点六亿元"] == (False, 2005)
    # a plan of that time, stated with a goal word or 提出 before its deadline, is still a goal of its year
    assert money["三十亿元"] == (True, 2010) and money["一百五十亿元"] == (True, 2015)
    assert sorted((t["value"], t["year"]) for t in of(records, "target")) == [
        (60, 2010), (150, 2010), (3e9, 2010), (1.5e10, 2015)]
    # the built area after ';' is counted at the clause's date
    [area] = of(records, "area")
    assert (area["target"], area["year"]) == (False, 2005)
    # decoy: with no span in its title, the same text has no date, and its deadlines read as goals
    _, records = extract(nlp, text.replace("(一九九一—二〇一五)", ""))
    assert money_by_text(records)["二点三亿元"] == (True, 1997)


def test_a_zone_renamed_twice_is_named_by_its_latest_name(nlp):
    # 更名为 names the later name after the former: the zone's name is the last, the others its aliases
    text = ("一九九八年七月,景县工业小区更名为景县工业园。景县工业园规划面积六点五平方公里。\n"
            "二〇〇六年四月,经河北省人民政府批准,景县工业园更名为景县经济开发区,核准面积三百八十公顷。\n")
    records = extract(nlp, text)[1]
    assert zones_of(records)["景县经济开发区"] == ["景县工业园"]
    assert {a["zone"] for a in of(records, "area")} == {"景县经济开发区"}
    # decoy: 前身为 names the current name first, and it stays the name
    text = "石嘴山高新区前身为石嘴山河滨工业园区。石嘴山河滨工业园区规划面积10平方公里。\n"
    assert zones_of(extract(nlp, text)[1]) == {"石嘴山高新区": ["石嘴山河滨工业园区"]}


def test_a_plans_midterm_evaluation_is_dated_by_its_cover_and_sums_the_plans_years(nlp):
    # the title names the plan over two lines; the cover's 报告日期 dates the report; 三年累计 ends in the plan's
    # third year, not a goal
    text = ("《柴达木循环经济试验区“十四五”发展规划》\n中期评估报告\n(第三方评估·公开版)\n\n委托单位:海西州发展和改革委员会\n"
            "评估单位:青海省工程咨询中心有限公司\n合同编号:HXFG-2024-017\n报告日期:2024年5月\n\n"
            "一、主要指标完成情况\n\n"
            "从产业结构看,主导产业产值占工业总产值的比重由2020年的82%提高到2023年的88%。"
            "固定资产投资三年累计完成642亿元,仅为五年目标的42.8%。\n")
    doc, records = extract(nlp, text)
    assert money_by_text(records)["642亿元"] == (False, 2023)
    assert of(records, "target") == []
    # decoy: the plan itself, its title on one line, sums its five years to its last year as a goal
    plan = ("沭阳经济技术开发区“十五五”发展规划\n(2026—2030年)\n(征求意见稿)\n\n沭阳经济技术开发区管理委员会\n二〇二五年八月\n\n"
            "第二节 发展目标\n\n到“十五五”末,规模以上工业总产值达到1800亿元;五年累计完成工业投资800亿元以上。\n")
    money = money_by_text(extract(nlp, plan)[1])
    assert money["1800亿元"] == (True, 2030) and money["800亿元以上"] == (True, 2030)


def test_a_section_on_how_tasks_were_carried_out_reviews_results(nlp):
    # 实施情况 heads a review even where the heading names 重点任务, a word of plans
    text = ("中期评估报告\n报告日期:2024年5月\n\n三、重大项目和重点任务实施情况\n\n"
            "州级财政三年累计安排试验区发展专项资金9.3亿元,兑现企业奖补资金4.7亿元;园区污水集中处理率由85%提高到96%。\n")
    _, records = extract(nlp, text)
    assert of(records, "target") == []
    assert {t for t, _ in money_by_text(records).values()} == {False}
    # decoy: the same heading with 安排 (a plan of tasks) still states goals
    text = text.replace("实施情况", "安排").replace("三年累计安排", "计划安排")
    assert of(extract(nlp, text)[1], "target") != []


def test_an_indicator_tables_rows_are_named_by_its_indicator_column(nlp):
    # a column of classes stands before the indicators': the header's 指标 names the rows, not the class
    text = ("沭阳经开区管委会 2025年8月\n\n表1 主要指标\n"
            "类别 | 指标 | 单位 | 2024年现状 | 2030年目标\n"
            "经济实力 | 规上工业总产值 | 亿元 | 1126 | 1800\n"
            "集约节约 | 亩均税收 | 万元/亩 | 24.5 | 35\n")
    records = extract(nlp, text)[1]
    assert sorted((t["metric"], t["year"]) for t in of(records, "target")) == [("亩均税收", 2030), ("规上工业总产值", 2030)]
    assert {m["text"]: m["category"] for m in of(records, "money")} == {
        "1126": "output", "1800": "output", "24.5": "tax", "35": "tax"}
    # decoy: with no 指标 header the first cell with words still names the row
    text = text.replace("类别 | 指标 |", "指标 | 类别 |").replace("经济实力 | 规上工业总产值", "规上工业总产值 | 经济实力")
    assert "规上工业总产值" in {t["metric"] for t in of(extract(nlp, text)[1], "target")}


def test_a_markdown_tables_rule_under_its_header_is_no_row(nlp):
    # |---|---| under the header of a table converted to Markdown: the table goes on under it
    text = ("沭阳经开区管委会 2025年8月\n\n表1 主要指标\n\n"
            "| 类别 | 指标 | 单位 | 2024年现状 | 2030年目标 | 属性 |\n|---|---|---|---|---|---|\n"
            "| 经济实力 | 规上工业总产值 | 亿元 | 1126 | 1800 | 预期性 |\n"
            "| 创新驱动 | 高新技术企业数 | 家 | 215 | 400 | 预期性 |\n")
    records = extract(nlp, text)[1]
    assert money_by_text(records) == {"1126": (False, 2024), "1800": (True, 2030)}
    assert sorted((t["metric"], t["value"]) for t in of(records, "target")) == [
        ("规上工业总产值", 1.8e11), ("高新技术企业数", 400)]
    # decoy: a rule of dashes alone ends nothing it does not start: a line of prose under it is no row
    text = text + "\n---\n全年计划新增企业50家。\n"
    assert money_by_text(extract(nlp, text)[1]) == {"1126": (False, 2024), "1800": (True, 2030)}


def test_a_span_ahead_in_a_plan_drafted_before_its_years_counts_from_its_first_year(nlp):
    # a 2026—2030 plan drafted in 2025: 五年内 is the plan's five years, to 2030
    head = "沭阳经济技术开发区“十五五”发展规划\n(2026—2030年)\n\n沭阳经济技术开发区管理委员会\n二〇二五年八月\n\n"
    text = head + "第六章 保障措施\n\n实施“沭阳英才”计划,五年内引进高层次创新创业人才200名、产业技能人才3万人。\n"
    assert sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")) == [(200, 2030), (30000, 2030)]
    # decoy: a plan dated in its first year counts from that year as before (2021 + 5 - 1)
    text = text.replace("十五五", "十四五").replace("2026—2030", "2021—2025").replace("二〇二五年八月", "二〇二一年三月")
    assert sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")) == [(200, 2025), (30000, 2025)]


def test_a_former_names_mark_between_two_names_ends_the_first(nlp):
    # 原名 between the current and the former name: two names of one zone, not one long name
    text = "合肥蜀山经济开发区原名合肥蜀山工业园,2006年经省政府批准更名。合肥蜀山经济开发区核准面积500公顷。\n"
    assert zones_of(extract(nlp, text)[1]) == {"合肥蜀山经济开发区": ["合肥蜀山工业园"]}
    # decoy: 原 before a place stays part of it (原阳 is a county)
    text = "原阳县产业集聚区规划面积12平方公里。\n"
    assert list(zones_of(extract(nlp, text)[1])) == ["原阳县产业集聚区"]


def test_a_deadline_glued_to_a_zone_name_is_no_part_of_it(nlp):
    # jieba cuts 年底|前合心: the 前 of 年底前 is the deadline's, not the name's
    text = "按照计划,年底前合心工业园还将新建标准化厂房3万平方米,全年供地面积力争达到800亩。\n"
    records = extract(nlp, text)[1]
    assert not any(name.startswith("前") for name in zones_of(records))
    assert {t["zone"] for t in of(records, "target")} != {"前合心工业园"}
    # decoy: a name starting with 前 after no time word keeps it (前海 is a place)
    text = "前海深港现代服务业合作区规划面积15平方公里。\n"
    assert list(zones_of(extract(nlp, text)[1])) == ["前海深港现代服务业合作区"]


def test_trade_with_a_country_stands_inside_a_park_name(nlp):
    # 对俄: trade with Russia, part of the park's name, though 对 alone cannot stand in one
    text = "(三)牡丹江对俄经贸产业园。园区依托绥芬河口岸,规划面积3.6平方公里。\n"
    records = extract(nlp, text)[1]
    assert list(zones_of(records)) == ["牡丹江对俄经贸产业园"]
    # decoy: 对 before a word that is no country still ends the name on its left (对该区…)
    text = "管委会对高新区规划面积12平方公里进行了调整。\n"
    assert all(not name.startswith("对") and "管委会" not in name for name in zones_of(extract(nlp, text)[1]))


def test_a_budget_draft_section_states_the_years_goals_and_a_share_of_an_amount_is_none(nlp):
    text = ("关于天津西青经济技术开发区2019年预算执行情况和2020年预算草案的报告\n\n——2020年1月9日在管委会全体会议上\n\n"
            "一、2019年预算执行情况\n\n全年一般公共预算收入完成42.36亿元,完成预算的102.3%。\n\n"
            "二、2020年预算草案\n\n政府性基金预算收入安排33亿元,其中国有土地使用权出让收入32亿元。"
            "预备费安排0.9亿元,占一般公共预算支出的2%。\n")
    records = extract(nlp, text)[1]
    money = money_by_text(records)
    assert money["42.36亿元"] == (False, 2019)
    assert money["32亿元"] == (True, 2020)  # the budget draft's figures are the year's plan
    # decoy: the share the amount makes of a whole is no goal of its own
    assert all(t["unit"] != "percent" for t in of(records, "target"))


def test_a_result_falling_short_of_what_was_expected_is_no_goal(nlp):
    # 低于…的预期: a result compared with the plan's expectation; the list of problems after it is no list of goals
    text = ("中期评估报告\n报告日期:2024年5月\n\n五、存在的主要问题\n\n"
            "一是投资增长乏力,2023年亿元以上新开工项目仅19个,低于《规划》年均35个的预期;"
            "二是产业链条偏短,盐湖资源初级产品占比仍在60%以上;三是园区标准化厂房闲置率达23%。\n")
    assert all(t["value"] not in (60, 23) for t in of(extract(nlp, text)[1], "target"))
    # decoy: 预期 stating what is expected (预期目标是…) is still a goal
    text = "开发区管委会 2024年3月\n今年开发区的预期目标是地区生产总值增长6%左右。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [6]


def test_a_shortfall_from_a_goal_is_money_but_no_goal(nlp):
    # 缺口: how far a projection falls short of the plan's goal, of the goal's year
    text = ("中期评估报告\n报告日期:2024年5月\n\n"
            "按目前年均214亿元的投资规模推算,到2025年末累计约1070亿元,缺口约430亿元,完成《规划》目标的可能性较小。\n")
    records = extract(nlp, text)[1]
    assert money_by_text(records)["约430亿元"] == (False, 2025)
    # decoy: the projection before it is the evaluator's goal of 2025
    assert money_by_text(records)["约1070亿元"] == (True, 2025)
    assert [t["value"] for t in of(records, "target")] == [1.07e11]


def test_a_figure_its_own_clause_says_is_done_is_no_goal(nlp):
    # 首期30亿港元已…完成募集: the first tranche is raised; the fund's target size before it is the goal
    text = ("苏州工业园区管委会 2024年6月\n"
            "园区与香港合作伙伴共同发起设立苏港合作发展基金,目标规模100亿港元,首期30亿港元已在大会上完成募集。\n")
    records = extract(nlp, text)[1]
    assert [t["value"] for t in of(records, "target")] == [1e10]
    # decoy: 已 in a later clause leaves the goal before it alone
    text = "苏州工业园区管委会 2024年6月\n园区力争全年实现产值100亿元,已签约项目12个。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [1e10]


def test_a_demand_the_text_reports_is_no_goal(nlp):
    # 预估用地需求约65公顷: what firms ask for, though 预估 stands before it
    text = ("经济部工业局新闻稿 2023年8月15日\n屏东六块厝智慧产业园区目前已有32家厂商表达进驻意愿,预估用地需求约65公顷,"
            "超过可供出售产业用地的八成。\n")
    records = extract(nlp, text)[1]
    assert [a["target"] for a in of(records, "area")] == [False]
    assert of(records, "target") == []
    # decoy: the same estimate of what the park supplies is a goal
    text = text.replace("预估用地需求约65公顷", "预估新增供应产业用地约65公顷")
    assert [t["unit"] for t in of(extract(nlp, text)[1], "target")] == ["km2"]


def test_a_sentence_summing_years_past_takes_no_goal_from_the_one_before(nlp):
    # 三年累计 of a 十四五 plan's evaluation ends in 2023, before the report's 2024: a result, though the sentence before
    # ends on a goal of 2025
    text = ("《柴达木循环经济试验区“十四五”发展规划》\n中期评估报告\n报告日期:2024年5月\n\n一、评估结论\n\n"
            "按目前的投资规模推算,到2025年末累计约1070亿元。单位工业增加值能耗三年累计仅下降5.1%。\n")
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [1.07e11]
    # decoy: a sentence with no time of its own still carries the goal before it
    text = text.replace("单位工业增加值能耗三年累计仅下降5.1%", "单位工业增加值能耗下降14%")
    assert sorted(t["value"] for t in of(extract(nlp, text)[1], "target")) == [14, 1.07e11]


def test_a_sentence_on_the_whole_county_takes_no_zone(nlp):
    # 全县: the whole county, of which its parks are parts; not the park of the section before
    head = ("二、重点园区\n\n（一）四川蓬溪经济开发区\n蓬溪经开区规划面积32.8平方公里。\n"
            "金桥新材料产业园规划面积8.6平方公里,今年计划新增工业用地1200亩。\n\n三、招商项目\n\n")
    text = head + "2021年,全县新签约招商项目52个,协议投资额186亿元,到位市外资金103.6亿元。\n"
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["186亿元"] is None and zones["103.6亿元"] is None
    # decoy: the same figure of the park itself keeps the park
    text = head + "2021年,金桥新材料产业园新签约招商项目52个,协议投资额186亿元。\n"
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["186亿元"] == "金桥新材料产业园"


def test_a_catalogue_projects_site_naming_no_park_puts_it_outside_any(nlp):
    # 建设地点:蓬溪县宝梵镇 after a project built in a park: the park of the project before does not run on
    text = ("2022年招商引资重点项目册\n\n二、重点园区\n\n(一)蓬溪县农产品加工产业园\n农产品加工园规划面积5000亩。\n\n"
            "三、招商项目\n\n1.生猪屠宰及肉制品精深加工项目\n建设地点:蓬溪县农产品加工产业园\n"
            "建设内容:项目用地150亩。\n总投资:8亿元\n\n"
            "2.宝梵寺文化旅游综合开发项目\n建设地点:蓬溪县宝梵镇\n"
            "建设内容:依托宝梵寺壁画资源,建设游客中心及度假酒店。\n总投资:20亿元\n"
            "经济效益:建成后年旅游综合收入5亿元。\n\n"
            "3.冷链物流中心项目\n建设地点:蓬溪县农产品加工产业园\n总投资:1.5亿元\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["20亿元"] is None and zones["5亿元"] is None
    # decoy: a project whose site names the park is the park's, however short the project before
    assert zones["8亿元"] == "蓬溪县农产品加工产业园" and zones["1.5亿元"] == "蓬溪县农产品加工产业园"


def test_a_headline_led_by_a_zones_bare_place_makes_the_story_that_zones(nlp):
    # 前海「扩区」… over a subtitle naming 河套合作区: the story is about the zone its headline's place leads
    body = ("中共中央、国务院公布方案,前海深港现代服务业合作区(下称前海合作区)总面积扩展至120.56平方公里。\n\n"
            "■港资企业逾万家\n\n前海合作区去年税收612亿元。\n\n"
            "■河套合作区:一区两园\n\n河套深港科技创新合作区规划面积3.89平方公里。河套合作区今年引进项目20个。"
            "河套合作区新增研发用房5万平方米。\n\n"
            "■学者:规则衔接是关键\n\n他估计,扩区范围内楼宇存量接近2,000万平方米。\n")
    text = "前海「扩区」至120平方公里 深港合作再添新引擎\n河套合作区同步提速\n\n" + body
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["接近2,000万平方米"] == "前海深港现代服务业合作区"
    # decoy: a headline led by a place no zone's name starts with leaves the subtitle's zone the story's
    text = "深圳「扩区」至120平方公里 深港合作再添新引擎\n河套合作区同步提速\n\n" + body
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["接近2,000万平方米"] == "河套合作区"


def test_a_story_heading_calling_a_zone_by_its_names_tail_opens_its_section(nlp):
    # 生态城:… after a section on 苏州园区: the story turns to 中新天津生态城, named once and then by its tail
    text = ("中新合作园区巡礼\n\n苏州园区:外资逾580亿美元\n\n"
            "中国和新加坡两国政府合作的苏州工业园区(苏州园区)规划面积278平方公里。苏州工业园区去年实际利用外资20亿美元。"
            "园区对新设的外资研发机构给予资助。苏州工业园区已吸引外资项目5000个,港资企业在园区设立区域物流中心,"
            "园区同时推动腾笼换鸟,关停搬迁低效企业32家,工业用地亩均税收提高。港商李先生在园区经营电子零件厂,"
            "厂房月租由三年前每平方米18元升至25元,工人月薪已超过3,000元,他计划明年把部分生产线迁往内地其他城市。\n\n"
            "{heading}:新方投入约5亿新元\n\n距天津市中心约45公里的中新天津生态城,总规划面积约30平方公里。\n\n"
            "生态城起步区面积4平方公里。去年生态城完成固定资产投资228亿元人民币。\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text.format(heading="生态城"))[1], "money")}
    assert zones["228亿元"] == "中新天津生态城"
    # decoy: a bare zone word before the colon (园区:…) may be any park: it opens no section, the one before runs on
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text.format(heading="园区"))[1], "money")}
    assert zones["228亿元"] == "苏州工业园区"


def test_a_share_of_the_whole_city_leaves_the_sentence_the_zones(nlp):
    # 占全市的将近三成: the city is what the zone's figure is measured against, not the sentence's subject
    head = ("【对话片区】访中国(山东)自由贸易试验区青岛片区管委会主任周海涛\n\n"
            "主持人:片区的家底怎么样?\n\n")
    text = head + "周海涛:我说几个数吧。去年,片区进出口两千多亿元,准确地说是2163亿元,占全市的将近三成。\n"
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["2163亿元"] == "中国(山东)自由贸易试验区青岛片区"
    # decoy: the whole city as the subject still takes no zone
    text = head + "周海涛:我说几个数吧。去年,全市进出口两千多亿元,准确地说是7000亿元。\n"
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["7000亿元"] is None


def test_the_whole_county_as_the_measure_of_a_superlative_leaves_the_sentence_its_zone(nlp):
    # 为当时全县单体投资最大的工业项目: the county is what the project is measured against, not the sentence's subject
    head = ("第二章 景县经济开发区\n\n景县经济开发区位于县城东部,规划面积十二平方公里。"
            "二〇〇三年,县政府在龙华镇设立龙华工业园,规划面积三百公顷。\n\n"
            "二〇一二年,开发区与某企业签订新能源装备制造项目合同,总投资八亿元,")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, head + "为当时全县单体投资最大的工业项目。\n")[1], "money")}
    assert zones["八亿元"] == "景县经济开发区"
    # decoy: a numbered rank (居全省第3位) may be the place's own among the province's: the place still speaks
    text = "景县经济开发区简介\n\n2019年,某市实现地区生产总值1792.5亿元,增速居全省第3位。\n"
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["1792.5亿元"] is None


@pytest.mark.parametrize("text, names", [
    # an unnumbered paragraph led by one known industry (新型显示产业。…): its lists are that industry's product lines
    # (the cluster it builds is still named: 新型显示产业集群)
    ("新型显示产业。以面板、模组和关键材料为重点,打造千亿级新型显示产业集群,力争到2030年产值突破1000亿元。", ["新型显示"]),
    ("智能装备产业。重点发展数控机床、工业机器人和智能农机,到2030年产值达到500亿元。", []),
    # decoys: a lead naming no industry, or a sentence with no lead, leaves the list the zone's
    ("产业发展。以高分子材料、特种纤维和新型建材为重点,聚集企业27家。", ["高分子材料", "特种纤维", "新型建材"]),
    ("园区重点发展数控机床、工业机器人和智能农机,到2030年产值达到500亿元。", ["数控机床", "工业机器人", "智能农机"]),
])
def test_a_list_after_an_unnumbered_industry_lead_names_its_product_lines(nlp, text, names):
    records = extract(nlp, "园区动态\n2025-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


def test_a_defined_short_form_written_before_a_name_is_its_head(nlp):
    # 东方|芯|港 are common words to jieba: the name started at 集成电路; its defined short form names its head
    text = ("答:重点支持以下两个产业园区:东方芯港集成电路产业园(以下简称“东方芯港”)、临港大飞机产业园(以下简称“大飞机园”)。"
            "东方芯港规划面积12平方公里。\n")
    zones = {z["name"]: z["aliases"] for z in of(extract(nlp, text)[1], "zone")}
    assert zones["东方芯港集成电路产业园"] == ["东方芯港"]
    assert "集成电路产业园" not in zones
    # decoy: a short form not written before the name leaves the name as found
    text = "园区建设集成电路产业园(以下简称“产业园”),规划面积12平方公里。\n"
    names = [z["name"] for z in of(extract(nlp, text)[1], "zone")]
    assert "集成电路产业园" in names and not any(n.endswith("园集成电路产业园") for n in names)


@pytest.mark.parametrize("heading, goal", [
    # a budget draft's section: 安排 states the budget's plan for its year, a goal
    ("二、2020年预算草案", True),
    # so does a year's work plan (GUIDE, round 22g: an allocation among a year's tasks is a goal)
    ("二、2020年工作安排", True),
    # decoy: under a heading reviewing the year before, 安排 before a figure reports what was allotted
    ("一、2019年预算执行情况", False),
])
def test_an_allotment_under_a_budget_draft_heading_is_the_budgets_plan(nlp, heading, goal):
    text = ("关于天津西青经济技术开发区2019年预算执行情况和2020年预算草案的报告\n\n——2020年1月9日\n\n"
            f"{heading}\n\n(二)一般公共预算收支安排\n\n"
            "1.科学技术支出安排4.8亿元,新设立科技创新专项资金1亿元。\n\n"
            "2.对新落户企业给予一次性奖励300万元。\n")
    money = {m["text"]: m for m in of(extract(nlp, text)[1], "money")}
    assert money["4.8亿元"]["target"] is goal
    assert (money["4.8亿元"]["year"] == 2020) is goal
    # decoy: a grant word that is no allotment (给予) stays a grant even in the budget's section
    assert money["300万元"]["target"] is False


@pytest.mark.parametrize("line, figure, goal", [
    # under a budget draft, a grant word naming a budget line (补助收入, 奖励资金) is the line's name, no grant
    ("加上上级补助收入2.85亿元,收入总计46.45亿元。", "2.85亿元", True),
    ("2.招商引资奖励资金安排6.5亿元。", "6.5亿元", True),
    # decoy: a grant word before the figure itself (补助 of a grant) stays a grant there
    ("对新落户企业补助300万元。", "300万元", False),
])
def test_a_grant_word_naming_a_budget_line_under_a_budget_draft_is_no_grant(nlp, line, figure, goal):
    text = ("关于某经济技术开发区2019年预算执行情况和2020年预算草案的报告\n\n——2020年1月9日\n\n"
            f"二、2020年预算草案\n\n(二)一般公共预算收支安排\n\n{line}\n")
    money = {m["text"]: m for m in of(extract(nlp, text)[1], "money")}
    assert money[figure]["target"] is goal


def test_a_park_named_after_its_zone_and_a_word_of_belonging_is_a_zone(nlp):
    # 合心 is a common word to jieba (合|心): the park is named by its zone and 所属的, and again later on its own
    text = ("本报讯(记者 孙悦)近日,长春绿园经济开发区所属的合心工业园3宗工业用地挂牌出让,总面积约236亩。\n"
            "合心工业园规划面积12.8平方公里,上半年实现产值46.2亿元。\n")
    records = extract(nlp, text)[1]
    assert "合心工业园" in [z["name"] for z in of(records, "zone")]
    zones = {a["text"]: a["zone"] for a in of(records, "area")}
    assert zones["12.8平方公里"] == "合心工业园"
    # decoys: a count or a direction after 所属的 names no park
    for qualifier in ("各", "东部"):
        text = f"长春绿园经济开发区所属的{qualifier}工业园规划面积12.8平方公里。\n"
        assert f"{qualifier}工业园" not in [z["name"] for z in of(extract(nlp, text)[1], "zone")]


def test_a_place_jieba_cuts_into_an_adjective_and_a_name_keeps_its_head(nlp):
    # 大|柴旦 (a + nr): 大柴旦 is a town; its park is 大柴旦工业园, not 柴旦工业园
    text = ("柴达木循环经济试验区下辖格尔木工业园、德令哈工业园、大柴旦工业园和乌兰工业园四个工业园区。\n"
            "(三)大柴旦工业园。园区规划面积32平方公里。\n")
    names = [z["name"] for z in of(extract(nlp, text)[1], "zone")]
    assert "大柴旦工业园" in names and "柴旦工业园" not in names
    # decoy: an adjective before a known place is no part of it (大|郑州 stays 郑州)
    names = [z["name"] for z in of(extract(nlp, "建设大郑州航空港经济综合实验区。\n")[1], "zone")]
    assert not any(n.startswith("大") for n in names)


def test_a_world_class_base_a_plan_aims_to_build_is_no_zone(nlp):
    # 世界级 before a place-led name: what the plan aims to build, not a zone (盐湖 is a place to jieba)
    text = ("柴达木循环经济试验区规划面积25.6万平方公里。《规划》提出到2025年建成世界级盐湖产业基地和国家清洁能源示范区,"
            "实现工业总产值2100亿元。\n")
    records = extract(nlp, text)[1]
    assert "盐湖产业基地" not in [z["name"] for z in of(records, "zone")]
    assert {m["text"]: m["zone"] for m in of(records, "money")}["2100亿元"] == "柴达木循环经济试验区"
    # decoy: the same place-led name without the aim is a zone
    text = "格尔木盐湖产业基地规划面积12平方公里。\n"
    assert "格尔木盐湖产业基地" in [z["name"] for z in of(extract(nlp, text)[1], "zone")]


@pytest.mark.parametrize("text, names", [
    # a count leading a heading's item counts what follows: 三大战略性 is no industry
    ("第二节 培育三大战略性新兴产业", []),
    # a known name after the count is found without it (not 两大新材料)
    ("园区重点培育两大新材料产业。", ["新材料"]),
])
def test_a_count_leading_an_item_is_no_part_of_an_industry(nlp, text, names):
    records = extract(nlp, "沭阳经开区“十五五”发展规划\n2025-03-02\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


@pytest.mark.parametrize("text, value, metric", [
    ("到2015年,经开区主营业务收入达到一千亿元,引进世界500强企业五家以上。\n", 5, "引进世界500强企业"),
    ("襄阳高新区计划今年新引进亿元以上项目三十个,其中十亿元以上项目五个,新增工业用地三千亩。\n", 5, "十亿元以上项目"),
])
def test_a_count_in_words_closing_its_clause_after_what_it_counts_is_a_goal_figure(nlp, text, value, metric):
    goals = {t["value"]: t["metric"] for t in of(extract(nlp, text)[1], "target")}
    assert goals.get(value) == metric


@pytest.mark.parametrize("text", [
    "到2015年,培育三家龙头企业,主营业务收入达到一千亿元。\n",  # a count before what it counts: a word
    "2013年,园区计划建成益海嘉里周口工业园二期,完成投资6.5亿元。\n",  # a phase
    "今年园区计划每半月开展一次,完成投资6.5亿元。\n",  # 一: a frequency
])
def test_a_count_in_words_before_its_noun_or_a_phase_is_no_goal_figure(nlp, text):
    assert [t["text"] for t in of(extract(nlp, text)[1], "target") if t["unit"] == "count"] == []


def test_beds_and_parking_bays_are_counted_goals(nlp):
    # 床 (beds) and 格 (parking bays, as Taiwan counts them) are measure words of a count
    text = ("經濟部工業局新聞稿\n發布日期:112年8月15日\n臺南科工區第二期公共設施更新工程,總經費新臺幣3.2億元,預計113年底完工。"
            "完工後可新增停車位850格、員工宿舍240床。\n")
    goals = sorted((t["value"], t["year"], t["unit"]) for t in of(extract(nlp, text)[1], "target"))
    assert goals == [(240, 2024, "count"), (850, 2024, "count")]
    text = "科技部新聞稿\n發布日期:103年10月26日\n生醫園區醫院預計105年完工啟用,病床約500床。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(500, 2016)]


def test_a_years_intent_reaches_across_the_comma_after_its_time(nlp):
    # 今年, then 要 in the next clause: the year's requirement, a goal of that year for the figures it lists
    text = ("2023年3月1日\n今年,我们要求各开发区新供工业用地中“标准地”比例不低于百分之六十,"
            "开发区亩均税收力争达到十五万元。\n")
    goals = sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target"))
    assert goals == [(60, 2023), (150000, 2023)]
    # decoy: 今年以来 looks back, though 要 follows
    text = "2023年9月1日\n今年以来,我们要求各开发区加快供地,“标准地”比例达到百分之六十。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_numbered_items_mark_is_no_list_before_a_count(nlp):
    # 二、 numbers the item: 预计新引进厂商15家 is a goal, not the size of a list ending with 预计新引进厂商
    text = "第五章 2020年施政目标\n一、营业额目标为7000亿元以上。\n二、预计新引进厂商15家,新增投资金额2000亿元。\n"
    assert 15 in [t["value"] for t in of(extract(nlp, text)[1], "target")]
    # decoy: a list of names still ends before its size
    text = "力争到2025年,黑山、北镇、凌海、义县4个县全部达到。\n"
    assert of(extract(nlp, text)[1], "target") == []


@pytest.mark.parametrize("text, value", [
    ("2020年工作计划\n七、力争办理产业人才培训课程300班次以上,协助园区厂商延揽国际专业人才。\n", 300),
    ("2019年工作计划\n园区计划新建标准厂房6栋。\n", 6),
])
def test_sessions_and_buildings_are_counted_goals(nlp, text, value):
    assert [(t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")] == [(value, "count")]


@pytest.mark.parametrize("text, goals", [
    # the capacity names the project (…/年…项目) or sizes the plant a count counts (…的污水处理厂1座)
    ("2023年工作安排\n确保中石油大庆炼化40万吨/年聚丙烯项目9月底前投产,力争全年新增规上工业企业30家。\n", [(30, "count")]),
    ("2025年发展目标\n计划到2025年营业收入超过600亿元;新建日处理能力2万吨的污水处理厂1座。\n", [(1, "count"), (6e10, "CNY")]),
    # decoy: a capacity as the goal itself
    ("2023年工作安排\n力争全年生产能力达到40万吨,污水日处理能力达到2万吨。\n", [(20000, "other"), (400000, "other")]),
])
def test_a_capacity_naming_a_facility_is_no_goal_of_its_own(nlp, text, goals):
    assert sorted((t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")) == goals


@pytest.mark.parametrize("text, goals", [
    # a percent before 的 and the things it sorts is their bar, not a goal
    ("2022年工作安排\n力争10月底前完成室外作业,对完成率低于70%的项目,由管委会主要领导挂牌督办。\n", []),
    ("2022年工作安排\n对未完成年度投资计划80%的园区,取消年度评先评优资格。\n", []),
    # decoy: a percent goal of its own
    ("2022年工作安排\n力争全年投资完成率达到90%以上。\n", [90]),
])
def test_a_percent_sorting_the_things_after_it_is_their_bar(nlp, text, goals):
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == goals


def test_every_part_a_qizhong_lists_shares_the_goal_of_the_whole(nlp):
    # 其中 lists two parts, a figure each: the second part is a part of the planned whole too
    text = "中河园计划安排重点建设项目42个,计划总投资360亿元,其中基础设施项目总投资45亿元,产业项目总投资315亿元。\n"
    goals = sorted(t["value"] for t in of(extract(nlp, text)[1], "target") if t["unit"] == "CNY")
    assert goals == [4.5e9, 3.15e10, 3.6e10]
    # decoy: a clause saying what is done is no part of the plan
    text = "中河园计划安排重点建设项目42个,计划总投资360亿元,其中基础设施项目总投资45亿元,已完成投资20亿元。\n"
    assert 2e9 not in [t["value"] for t in of(extract(nlp, text)[1], "target")]


def test_an_annual_output_with_a_goal_verb_is_no_project_attribute(nlp):
    # 年产值突破 / 年产量达到: the metric of a goal, carried from the deadline of the ';' list it is in
    text = ("到2025年,江西于都工业园区营业收入突破800亿元,规上工业企业达到300家;上欧纺织服装产业园服装年产量达到8亿件;"
            "城东电子信息产业园年产值突破300亿元。\n")
    goals = sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target"))
    assert goals == [(300, 2025), (8e8, 2025), (3e10, 2025), (8e10, 2025)]
    # decoy: a project's annual output stated as what it is takes no goal from the sentence before
    text = ("到2025年,园区营业收入突破800亿元。\n"
            "冷链物流中心项目占地200亩,年产值约20亿元。\n")
    assert 2e9 not in [t["value"] for t in of(extract(nlp, text)[1], "target")]


def test_a_paragraph_opening_on_the_goals_above_keeps_their_deadline(nlp):
    text = ("天津市北辰区2022年政府工作报告\n\n"
            "今后四年,到2025年,全区地区生产总值突破1200亿元。\n\n"
            "围绕上述目标,北辰高新区要建设国家一流的科技园区,高新技术产业营业收入占比超过70%。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert goals.get(70) == 2025
    # decoy: a paragraph that does not refer back starts afresh
    text = text.replace("围绕上述目标,", "")
    assert {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}.get(70) != 2025
def test_a_provinces_comprehensive_reform_demonstration_zone_and_its_short_form(nlp):
    # 综合改革示范区 after a place is a zone (山西转型综合改革示范区), and 综改示范区 alone its short form
    doc, records = extract(nlp, "这一年,山西转型综合改革示范区的龙头作用更加凸显。综改示范区2018年实现营业收入2450亿元。")
    assert zones_of(records) == {"山西转型综合改革示范区": ["综改示范区"]}
    [money] = of(records, "money")
    assert money["zone"] == "山西转型综合改革示范区"


@pytest.mark.parametrize("text", [
    "积极争取设立国家综合改革示范区。",  # a title, no place: no zone
    "努力建设全省综合改革示范区。",  # a province's goal, no zone
    "综改示范区2018年实现营业收入2450亿元。",  # the short form alone, with no zone named
])
def test_comprehensive_reform_demonstration_zone_decoys(nlp, text):
    assert of(extract(nlp, text)[1], "zone") == []


INTERVIEW_ABOUT_A_FTZ_PART = (
        "【对话片区】勇当改革开放“排头兵”——访中国(山东)自由贸易试验区青岛片区管委会主任周海涛\n"
        "\n"
        "【访谈嘉宾】周海涛 中国(山东)自由贸易试验区青岛片区管委会主任、青岛前湾综合保税区管委会主任\n"
        "\n"
        "【访谈实录】\n"
        "\n"
        "主持人:周主任,先请您给网友介绍一下青岛片区的基本情况。\n"
        "\n"
        "周海涛:我们青岛片区实施范围是52平方公里,里面包括青岛前湾综合保税区,也就是大家常说的前湾综保区,还有青岛经济技术开发区的一部分。\n"
        "\n"
        "主持人:今年的情况呢?\n"
        "\n"
        "周海涛:前三季度片区进出口1680亿元,同比增长6.3%。综保区这边更好一点,前三季度进出口560多亿元,增速在两位数以上。\n"
        "\n"
        "主持人:片区和青岛经济技术开发区是什么关系?\n"
        "\n"
        "周海涛:青岛经开区是1984年批的,总面积比我们大得多。\n"
        "\n"
        "主持人:和别的地方比,片区有哪些差距?\n"
        "\n"
        "周海涛:差距还是有的。比如跟上海的洋山特殊综合保税区比,人家一个区的进出口就好几千亿。\n"
)


def test_a_zone_named_as_what_is_compared_with_is_no_owner_of_a_bare_word(nlp):
    # 跟…洋山特殊综合保税区比: the interview's bare 综保区 is still its one other 综合保税区 (青岛前湾), not unknown
    records = extract(nlp, INTERVIEW_ABOUT_A_FTZ_PART)[1]
    zone_of = {r["text"]: r["zone"] for r in of(records, "money")}
    assert zone_of["1680亿元"] == "中国(山东)自由贸易试验区青岛片区"
    assert zone_of["560多亿元"] == "青岛前湾综合保税区"
    # decoy: the second 综合保税区 named as a subject of its own, the bare word may mean either
    text = INTERVIEW_ABOUT_A_FTZ_PART.replace("比如跟上海的洋山特殊综合保税区比,人家", "上海的洋山特殊综合保税区")
    zone_of = {r["text"]: r["zone"] for r in of(extract(nlp, text)[1], "money")}
    assert zone_of["560多亿元"] is None


def test_a_partner_country_written_before_china_leads_the_name(nlp):
    # 马|中关|丹产业园: the pair written partner first (马中) leads the name as 中马 does
    records = extract(nlp, "位于彭亨州的马中关丹产业园规划面积约12平方公里。")[1]
    assert zones_of(records) == {"马中关丹产业园": []}
    assert of(records, "area")[0]["zone"] == "马中关丹产业园"
    # decoy: a country's character that ends a word before (今日) is no partner
    assert zones_of(extract(nlp, "今日中关村科技园区规划面积约12平方公里。")[1]) == {"中关村科技园区": []}


@pytest.mark.parametrize("text", [
    "打造一流营商环境产业园。",  # 一 is an article or a degree, not a place's numeral
    "这是今后一段时期工业园区发展的重要任务。",
    "先请您介绍一下稀土高新区的基本情况。",
])
def test_a_numbered_place_with_no_place_before_it_decoys(nlp, text):
    assert not any(z["name"].startswith("一") for z in of(extract(nlp, text)[1], "zone"))


def test_a_numbered_place_with_no_place_before_it(nlp):
    # 两路|寸滩 after 的: a numeral word and a noun jieba does not know together name the place (not 寸滩保税港区)
    records = extract(nlp, "新区内的两路寸滩保税港区规划面积8.37平方公里。")[1]
    assert zones_of(records) == {"两路寸滩保税港区": []}
    assert of(records, "area")[0]["zone"] == "两路寸滩保税港区"


def test_an_autonomous_prefectures_short_form_with_zhou_is_a_place(nlp):
    # 海北州 (海北藏族自治州) is a place: the park's name starts there, not at 西海
    records = extract(nlp, "海北州西海工业园规划面积12平方公里,以高原冷凉蔬菜加工为主导产业。")[1]
    assert zones_of(records) == {"海北州西海工业园": []}
    assert of(records, "area")[0]["zone"] == "海北州西海工业园"
    # decoy: only an autonomous prefecture gains the form with 州 (no 河南州 for the province)
    from pipeline.regions import is_region
    assert is_region("海北州") and is_region("恩施州") and not is_region("河南州")


WEB_POST_HEADED_WITH_AN_EXCLAMATION = (
        "一文读懂|自贸区郑州片区经开区块,这些“真金白银”的政策请收好!\n"
        "\n"
        "【先认识一下:郑州片区有多大?】\n"
        "\n"
        "中国(河南)自由贸易试验区郑州片区(以下简称“郑州片区”)2017年4月1日正式挂牌,实施范围73.17平方公里。\n"
        "\n"
        "▌郑州经开综合保税区(经开综保区)\n"
        "2016年9月经国务院批复设立,规划面积2.01平方公里。经开综保区扩区方案已于去年获批。\n"
        "\n"
        "▌郑州国际陆港物流园\n"
        "占地约3200亩,园区计划总投资150亿元。\n"
        "\n"
        "【政策来了!真金白银看这里】\n"
        "\n"
        "1.落户奖励 对新引进的世界500强企业区域总部,给予一次性落户奖励,最高奖励500万元。\n"
)


@pytest.mark.parametrize("headline, zone", [
    # a web post's headline may close with one !: it still names the story's zone
    ("一文读懂|自贸区郑州片区经开区块,这些“真金白银”的政策请收好!", "中国(河南)自由贸易试验区郑州片区"),
    # decoys: a first line ending with 。, or with ! after another sentence, is running text
    ("一文读懂|自贸区郑州片区经开区块,这些“真金白银”的政策请收好。", None),
    ("一文读懂!自贸区郑州片区经开区块,这些“真金白银”的政策请收好!", None),
])
def test_a_headline_closing_with_an_exclamation_names_the_storys_zone(nlp, headline, zone):
    text = WEB_POST_HEADED_WITH_AN_EXCLAMATION.replace(
        "一文读懂|自贸区郑州片区经开区块,这些“真金白银”的政策请收好!", headline)
    zone_of = {r["text"]: r["zone"] for r in of(extract(nlp, text)[1], "money")}
    assert zone_of["500万元"] == zone


@pytest.mark.parametrize("text, names", [
    # 应用 right before the first item's suffix is its name's own, after the list's opener 有
    ("现在区里的规划面积差不多是一百五十平方公里,下面有稀土应用产业园、希望工业园、万水泉工业园三个园区。",
     ["稀土应用产业园", "希望工业园", "万水泉工业园"]),
    # decoy: a verb with no opener before it still opens the list (建设 is no name)
    ("区里有建设产业园、希望工业园、万水泉工业园三个园区。", ["希望工业园", "万水泉工业园"]),
])
def test_a_verb_right_before_a_first_list_items_suffix_is_part_of_its_name(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_a_park_in_any_cell_of_a_separated_table_row_with_figures(nlp):
    # 无为 is a common word (no place in running text); as a cell of a table's row it names a zone
    text = ("表2 安徽省开发区综合评价排名\n序号|开发区名称|得分|亩均税收|从业人员|排名\n"
            "6|无为经济开发区|82.7|23.9|4870|11\n"
            "7|国家级经济技术开发区|80.1|20.3|3000|12\n")  # decoy: a rank (a stopword), no park
    assert zones_of(extract(nlp, text)[1]) == {"无为经济开发区": []}
    # decoy: a page's menu split by the same separator holds no figures
    assert of(extract(nlp, "首页 | 走进开发区 | 新闻动态 | 招商引资\n开发区简介\n")[1], "zone") == []


def test_a_guangdong_industry_transfer_park_is_a_zone(nlp):
    # 产业转移 is a verb phrase to jieba: the suffix 产业转移工业园 is read whole (not 蓬江 and a broken name)
    text = "——鹤山工业城、恩平工业园、新会经济开发区和蓬江产业转移工业园4个重点园区。"
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == [
        "鹤山工业城", "恩平工业园", "新会经济开发区", "蓬江产业转移工业园"]
    # decoy: a task of taking in moved industry names no park
    assert of(extract(nlp, "积极承接产业转移园区建设。")[1], "zone") == []


def test_a_countys_homecoming_entrepreneurs_park_is_a_zone(nlp):
    # 返乡 is a verb to jieba: the suffix 返乡创业孵化园 is read whole after the county
    records = extract(nlp, "(二)于都县返乡创业孵化园\n园区占地300亩,已入驻企业120家,总投资15亿元。\n")[1]
    assert zones_of(records) == {"于都县返乡创业孵化园": []}
    assert of(records, "money")[0]["zone"] == "于都县返乡创业孵化园"
    # decoy: the bare word, no place
    assert of(extract(nlp, "积极建设返乡创业园。")[1], "zone") == []


@pytest.mark.parametrize("text, zone", [
    # a quoted park closing its clause after 的 is the head its description qualifies, as an unquoted one is
    ("考察团也参观了位于松山湖高新区内的「台湾高科技园」,该园占地约12公顷,已引进台资企业23家。", "台湾高科技园"),
    # decoy: two zones joined by 和 describe no head; the clause after them speaks of both
    ("考察团也参观了松山湖高新区和「台湾高科技园」,共占地约12公顷,已引进台资企业23家。", None),
])
def test_a_quoted_park_after_its_description_is_the_clauses_head(nlp, text, zone):
    assert of(extract(nlp, text)[1], "area")[0]["zone"] == zone
@pytest.mark.parametrize("text, names", [
    # a feedstock and 基 narrow the known name after the list's opening words (jieba: 煤|基)
    ("榆林高新区要加快建设煤基精细化工产业集群,全年完成投资200亿元。", ["煤基精细化工"]),
    # a known industry before a known name makes one longer name
    ("大庆高新区围绕化工新材料、高端装备制造和新能源三大产业集群开展产业链招商。", ["化工新材料", "高端装备制造", "新能源"]),
    ("宜春经开区打造世界级锂电新能源产业集群。", ["锂电新能源"]),
    # decoy: a zone word before the known name is no part of it
    ("编制集聚区能源化工产业集群规划。", ["能源化工"]),
])
def test_a_known_industry_or_feedstock_before_a_known_name_is_part_of_it(nlp, text, names):
    assert sorted(industries_of(extract(nlp, text)[1])) == sorted(names)


def test_a_bare_zone_word_after_a_counted_list_of_parks_points_back_to_none_of_them(nlp):
    # a park in a list closed by a count (等四个园区) is one of many: 园区 after it is the zone the paragraph opened with
    text = ("新竹科学工业园区(以下简称竹科)于民国69年12月15日正式成立。竹科已由单一园区扩展为新竹园区、竹南园区、龙潭园区"
            "及新竹生物医学园区(生医园区)等四个园区,总面积约1,470公顷。园区以积体电路、通讯、光电为三大主要产业。\n")
    assert industries_of(extract(nlp, text)[1])["积体电路"][1] == "新竹科学工业园区"
    # decoy: a park named alone is what the bare word points back to
    text = ("新竹科学工业园区(以下简称竹科)于民国69年12月15日正式成立。竹科新设新竹生物医学园区,总面积约38公顷。"
            "园区以医疗器材、生技新药为两大主要产业。\n")
    assert industries_of(extract(nlp, text)[1])["医疗器材"][1] == "新竹生物医学园区"


@pytest.mark.parametrize("text, names", [
    # Taiwan's names: 电脑及周边 is one industry (周边 is a direction to jieba), 汽机车零组件 its cars' parts
    ("园区以积体电路、电脑及周边、通讯、光电、精密机械及生物技术为六大主要产业。",
     ["积体电路", "电脑及周边", "通讯", "光电", "精密机械", "生物技术"]),
    ("彰化滨海工业区主导产业为金属制品、汽机车零组件及食品。", ["金属制品", "汽机车零组件", "食品"]),
])
def test_taiwan_industry_names_computers_and_vehicle_parts(nlp, text, names):
    assert sorted(industries_of(extract(nlp, text)[1])) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # a name headed by a trade (加工) may run longer than an unknown name
    ("海东工业园区规划面积92平方公里,重点发展高原特色农畜产品加工、装备制造和新型建材。",
     ["高原特色农畜产品加工", "装备制造", "新型建材"]),
    ("青海生物科技产业园则着力培育藏药、高原动植物资源精深加工两大产业集群,已入驻企业41家。",
     ["藏药", "高原动植物资源精深加工"]),
    # decoy: such a long name does not vouch for the unknown items beside it (product lines after a weak cue)
    ("依托旺甫新能源材料产业园,重点发展动力电池正负极材料、电池回收利用和储能装备。", []),
])
def test_a_long_name_headed_by_a_trade_is_an_industry_but_vouches_for_no_neighbour(nlp, text, names):
    assert sorted(industries_of(extract(nlp, text)[1])) == sorted(names)


def test_a_table_name_set_apart_by_a_blank_line_gives_its_unit(nlp):
    table = ("\n\n项目           2019年执行数  2020年预算数\n一般公共预算收入     42.36     43.6\n"
             " 其中:税收收入     36.85     37.9\n\n2020年预算编制坚持以下原则:一是坚持量入为出。\n")
    head = "天津西青经济技术开发区2019年预算执行情况和2020年预算草案的报告\n二、2020年预算草案\n"
    records = extract(nlp, head + "表1  2020年主要财政收支指标安排表(单位:亿元)" + table)[1]
    money = {(m["text"], m["value"], m["target"]) for m in of(records, "money")}
    # the budget's column (预算数) holds the year's plan, the executed one its result
    assert money == {("42.36", 4236000000.0, False), ("43.6", 4360000000.0, True),
                     ("36.85", 3685000000.0, False), ("37.9", 3790000000.0, True)}
    # decoy: a heading set apart that names no table gives no unit to the table below it
    records = extract(nlp, head + "(一)主要财政收支指标(单位:亿元)" + table)[1]
    assert of(records, "money") == []


def test_a_joining_word_opening_a_table_cell_starts_a_park_name(nlp):
    # 和 opens the cell: nothing before it to join, so it is the name's first character (和发产业园区, 高雄)
    text = ("此外,针对位于高雄市的和发产业园区,工业局将协助办理第二期扩区。\n\n"
            "园区名称|设厂家数|就业人数\n彰滨工业区|924|38,000\n和发产业园区|121|9,800\n")
    assert "和发产业园区" in zones_of(extract(nlp, text)[1])
    # decoy: a joining word inside a cell still joins two names (no park named 和汽车)
    text = "园区名称|设厂家数\n电子和汽车产业园区|121\n"
    assert not any(n.startswith("和") for n in zones_of(extract(nlp, text)[1]))


def test_a_money_column_with_its_currency_unit_makes_a_table_header_alone(nlp):
    text = ("彰化滨海工业区面积约3,643公顷。\n\n附表:112年上半年重点产业园区投资概况\n"
            "园区名称|设厂家数|就业人数|上半年新增投资(新台币亿元)\n彰滨工业区|924|38,000|65\n台南科技工业区|198|23,450|48\n")
    money = {(m["text"], m["value"], m["currency"]) for m in of(extract(nlp, text)[1], "money")}
    assert money == {("65", 6500000000.0, "TWD"), ("48", 4800000000.0, "TWD")}
    # decoy: a column of another measure with its unit is no money (no header of one labelled column otherwise)
    text = "园区名称|设厂家数|就业人数|出口比重(%)\n彰滨工业区|924|38,000|65\n"
    assert of(extract(nlp, text)[1], "money") == []
    # a list of projects with one column of their totals
    text = "序号|项目名称|建设内容|总投资(万元)\n1|年产10万吨新材料项目|建设厂房|5000\n2|汽车零部件项目|建设生产线|8000\n"
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [50000000.0, 80000000.0]


def test_a_unit_line_gives_its_currency_to_a_money_flow_column_without_one(nlp):
    # Taiwan: the title line lists the unit, the rows are ROC years (105年 is 2016)
    text = ("中部科学工业园区108年营运报告\n发布日期:109-02-10\n\n四、历年营业额\n\n表2-1中科近年营业额         单位:新台币亿元\n"
            "年度   营业额   成长率(%)\n105年   6460      3.9\n106年   7022      8.7\n\n资料来源:本局投资组统计。\n")
    money = {(m["text"], m["value"], m["currency"], m["year"]) for m in of(extract(nlp, text)[1], "money")}
    assert money == {("6460", 646000000000.0, "TWD", 2016), ("7022", 702200000000.0, "TWD", 2017)}
    # decoy: a column of no money flow (从业人员) takes no currency from the line
    text = text.replace("营业额   成长率", "从业人员   成长率")
    assert of(extract(nlp, text)[1], "money") == []


@pytest.mark.parametrize("text, names", [
    ("六块厝园区规划引进智慧机械、绿能科技及食品生技等产业,已于111年12月动工。", ["智慧机械", "绿能科技", "食品生技"]),
    # decoy: a single thing planned to be brought in is no list of industries
    ("园区规划引进外资,已于111年12月动工。", []),
])
def test_a_planned_introduction_lists_industries(nlp, text, names):
    assert sorted(industries_of(extract(nlp, text)[1])) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # the copula before the zone's own word (and 的) ends the list's last item
    ("集成电路、智能新能源汽车、高端装备、民用航空是新片区的四大主导产业。", ["集成电路", "智能新能源汽车", "高端装备", "民用航空"]),
    ("《规划》确定盐湖化工、新能源、有色金属和特色生物为试验区四大主导产业。", ["盐湖化工", "新能源", "有色金属", "特色生物"]),
    # decoy: without a copula the item stays whole (no cut inside a name)
    ("园区形成了电子信息、装备制造两大主导产业。", ["电子信息", "装备制造"]),
])
def test_a_copula_before_the_zones_own_word_ends_a_list(nlp, text, names):
    assert sorted(industries_of(extract(nlp, text)[1])) == sorted(names)
def test_a_copy_posted_after_its_signature_is_dated_by_the_signature(nlp):
    # a 文库 page posted 2012-01-06 of a summary signed 二〇一一年十二月二十八日 (site chrome after it): 全年 and 年内 are 2011
    body = ("范文先生网 — 免费范文大全 | 工作总结 | 工作计划\n当前位置：首页 > 工作总结 > 正文\n\n浠水县2011年工业园区建设工作总结\n\n"
            "时间：2012-01-06 08:41:23  来源：网友投稿\n\n　　全年园区完成工业总产值八十六亿元,同比增长38.5%。\n\n"
            "浠水县工业园区管理委员会\n{signed}\n\n【下载全文】浠水县2011年工业园区建设工作总结.doc\n上传用户：hgxs2011\n"
            "上一篇：县科技局2011年工作总结\n")
    money = {m["text"]: m for m in of(extract(nlp, body.format(signed="二〇一一年十二月二十八日"))[1], "money")}
    assert money["八十六亿元"]["year"] == 2011
    # decoy: a report signed the year it is posted is dated by its page as before
    from extractors.context import document_year
    assert document_year(normalize_text(body.format(signed="二〇一二年一月五日"))) == 2012


@pytest.mark.parametrize("text, name, short", [
    # jieba reads 散花 (a town) as "scattered flowers" left of 滨江, a place-like word: the short form keeps the head
    ("散花滨江工业园(简称散花工业园)位于长江北岸,规划面积8平方公里。\n", "散花滨江工业园", "散花工业园"),
    # a town jieba takes for a person's name (侯镇), in a bracketed short form with no cue; the county before it stays
    ("本报讯 寿光市侯镇海洋化工产业园(侯镇化工园)前4个月完成固定资产投资38亿元。园区规划面积50平方公里。\n",
     "寿光市侯镇海洋化工产业园", "侯镇化工园"),
])
def test_a_short_forms_head_written_before_a_cut_name_is_part_of_it(nlp, text, name, short):
    records = extract(nlp, text)[1]
    zones = zones_of(records)
    assert name in zones and short in zones[name]
    assert {a["zone"] for a in of(records, "area")} == {name}


def test_a_short_forms_head_not_written_before_the_name_adds_nothing(nlp):
    # decoy: the short form's head is inside the name already (湘潭高新区 of 湘潭高新技术产业开发区)
    text = "湘潭高新技术产业开发区(以下简称湘潭高新区)规划面积42.6平方公里。\n"
    assert zones_of(extract(nlp, text)[1]) == {"湘潭高新技术产业开发区": ["湘潭高新区"]}


def test_a_parks_name_without_its_host_zones_word_is_the_same_park(nlp):
    # 湘潭软件产业园 (a heading) drops 高新区 from 湘潭高新区软件产业园: one park, its facts the park's
    text = ("第四篇　湘潭软件产业园：服务外包的“新引擎”\n\n"
            "湘潭高新区软件产业园(简称湘潭软件园)规划面积1.8平方公里,一期建筑面积12万平方米。\n")
    records = extract(nlp, text)[1]
    zones = zones_of(records)
    assert "湘潭软件产业园" in zones.get("湘潭高新区软件产业园", [])
    assert "湘潭软件产业园" not in zones
    # decoy: a park of another place that the host's word does not separate stays apart
    text = "湘潭高新区软件产业园规划面积1.8平方公里。长沙软件产业园规划面积3平方公里。\n"
    assert {"湘潭高新区软件产业园", "长沙软件产业园"} <= set(zones_of(extract(nlp, text)[1]))


def test_parks_listed_with_the_last_joined_by_and_before_a_count_are_zones(nlp):
    # …下辖A、B、C和D四个专业园区: the count closes a list whose last item is joined by 和; 双马 is a common word to jieba
    text = ("高新区规划面积42.6平方公里,下辖双马工业园、新能源装备产业园、科技企业孵化园和软件产业园四个专业园区。\n"
            "双马工业园位于高新区北部,规划面积16.8平方公里。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert {"双马工业园", "新能源装备产业园"} <= set(zones)
    # decoy: a count that does not match the items (三个) closes no list
    text = "下辖双马工业园、新能源装备产业园、科技企业孵化园和软件产业园三个专业园区。\n"
    assert "双马工业园" not in zones_of(extract(nlp, text)[1])


def test_a_park_a_counted_list_names_is_that_park_wherever_written_again(nlp):
    # 双马 is a common word to jieba: found only as a list's item, its later occurrences are the park's too
    text = ("高新区下辖双马工业园、新能源装备产业园、科技企业孵化园和软件产业园四个专业园区。\n\n"
            "第一篇　双马工业园：装备制造的“主战场”\n\n双马工业园位于高新区北部,规划面积16.8平方公里。\n")
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["16.8平方公里"] == "双马工业园"


def test_a_former_name_longer_than_the_current_one_is_its_alias(nlp):
    # GUIDE: a former name (前身为 …) is an alias of the current one, even when it is the longer form
    text = ("潍坊经济开发区前身为1994年设立的潍坊市经济技术开发区,规划面积62平方公里。\n"
            "经济开发区今年计划完成固定资产投资120亿元。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert "潍坊市经济技术开发区" in zones.get("潍坊经济开发区", [])
    # decoy: with no word of renaming the longest form is the name
    text = "潍坊市经济技术开发区规划面积62平方公里。潍坊经济开发区今年计划完成固定资产投资120亿元。\n"
    assert "潍坊市经济技术开发区" in zones_of(extract(nlp, text)[1])


def test_a_projection_after_yihou_takes_no_year_from_the_clause_before(nlp):
    # 建成以后 is 建成后: the firms the warehouse is to draw in once built, dated by no year the text gives
    text = ("2023年11月16日\n今年全片区跨境电商交易额大概一百五十亿元,明年争取翻一番,到三百亿元。"
            "产业园二期我们也在谋划,计划再建十五万平方米的保税仓库,建成以后能再进来四五十家企业。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert goals.get(40) is None and 40 in goals


def test_a_goal_tables_title_dates_its_rows_cells(nlp):
    # the columns are zones, each cell with its own unit: the title names the year of the goals
    text = ("2024年3月1日\n表二:三大合作平台二〇二五年主要目标\n"
            "指标|前海合作区|南沙|横琴合作区\n"
            "地区生产总值|3,000亿元人民币|3,000亿元人民币以上|700亿元人民币\n"
            "实际使用外资(累计)|300亿美元|150亿美元|50亿美元\n\n")
    goals = sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target"))
    assert goals == [(5e9, 2025), (1.5e10, 2025), (3e10, 2025), (7e10, 2025), (3e11, 2025), (3e11, 2025)]
    metrics = {t["metric"] for t in of(extract(nlp, text)[1], "target")}
    assert metrics == {"地区生产总值", "实际使用外资(累计)"}
    # decoy: a table of a year's results is no goal
    text = text.replace("主要目标", "主要指标")
    assert of(extract(nlp, text)[1], "target") == []


@pytest.mark.parametrize("text, goals", [
    ("审计报告\n2015年9月1日\n2座污水处理厂须于2016年6月底前建成投运。\n", [(2, 2016)]),
    ("2020年5月\n防护距离内居民412户须在2023年底前完成搬迁。\n", [(412, 2023)]),
    # decoy: a date before the report's is no deadline ahead
    ("审计报告\n2015年9月1日\n2座污水处理厂须于2014年6月底前建成投运,至今未完成。\n", []),
])
def test_a_figure_that_must_be_done_by_a_date_after_it_is_a_goal(nlp, text, goals):
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == goals


def test_a_ceiling_to_keep_within_by_a_year_ahead_is_a_goal(nlp):
    text = "审计报告\n2015年9月1日\n政府性债务余额2015年底控制在650亿元以内。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(6.5e10, 2015)]
    # decoys: a ceiling kept in a year gone by, and one in a yearbook with no date of its own, are results
    text = "2022年1月10日\n2021年,全区新增城镇就业1.2万人,城镇登记失业率控制在3.5%以内。\n"
    assert of(extract(nlp, text)[1], "target") == []
    text = "乌鲁木齐年鉴\n2014年,新增城镇就业1.86万人,城镇登记失业率控制在3.2%以内。\n"
    assert of(extract(nlp, text)[1], "target") == []


STORY_OF_PLATFORMS_UNDER_PLACE_HEADINGS = (
        "湾区三大平台一周综述:横琴、南沙、前海齐发力\n"
        "\n"
        "一、横琴:澳资企业突破五千家\n"
        "\n"
        "横琴粤澳深度合作区(下称「横琴合作区」)执行委员会上周五举行新闻发布会,横琴粤澳合作产业园已引进项目30个。\n"
        "\n"
        "民生方面,位于合作区的「澳门新街坊」项目已于今年7月交付使用,项目占地约1.9万平方米。\n"
        "\n"
        "二、南沙:港资项目密集落地\n"
        "\n"
        "南沙经济技术开发区(南沙经开区)与南沙区实行「一套班子、两块牌子」,中国(广东)自由贸易试验区南沙片区挂牌以来新增企业5万家。\n"
        "\n"
        "物流方面,新码头日前动工,项目用地45公顷。\n"
)


def test_a_place_heading_shared_by_a_zone_and_a_park_in_it_is_the_zones(nlp):
    # 一、横琴: holds 横琴粤澳深度合作区 and its 横琴粤澳合作产业园: the section is the zone's, not of no zone
    records = extract(nlp, STORY_OF_PLATFORMS_UNDER_PLACE_HEADINGS)[1]
    zone_of = {r["text"]: r["zone"] for r in of(records, "area")}
    assert zone_of["约1.9万平方米"] == "横琴粤澳深度合作区"
    # decoy: two zones (a 经开区 and a 片区) share 南沙: which one is unknown
    assert zone_of["45公顷"] is None
    # and a park beside the 经开区 leaves the section the 经开区's
    text = STORY_OF_PLATFORMS_UNDER_PLACE_HEADINGS.replace("中国(广东)自由贸易试验区南沙片区", "南沙国际物流园")
    zone_of = {r["text"]: r["zone"] for r in of(extract(nlp, text)[1], "area")}
    assert zone_of["45公顷"] == "南沙经济技术开发区"


def test_a_province_before_chanye_jijuqu_speaks_of_its_clusters_together(nlp):
    # a related-news link: the province's clusters together, no zone to take the story's facts
    assert of(extract(nlp, "·河南产业集聚区上半年主要经济指标保持较快增长2011-08-02\n")[1], "zone") == []
    # decoy: a county-level city names its own cluster
    assert zones_of(extract(nlp, "沁阳市产业集聚区规划面积20平方公里。")[1]) == {"沁阳市产业集聚区": []}


@pytest.mark.parametrize("second, zone", [
    # a park named after its host zone's short form (宜春经开区医药食品产业园) is written without the host too
    ("医药食品产业园规划面积6.5平方公里。", "宜春经开区医药食品产业园"),
    # decoy: after a collective word the same words are the city's parks of the kind
    ("全市医药食品产业园规划面积6.5平方公里。", None),
])
def test_a_park_named_after_its_hosts_short_form_is_written_without_it(nlp, second, zone):
    text = ("宜春经济技术开发区(以下简称宜春经开区)下辖宜春锂电新能源产业园和宜春经开区医药食品产业园两个专业园区。"
            + second)
    assert of(extract(nlp, text)[1], "area")[0]["zone"] == zone


@pytest.mark.parametrize("text, names", [
    # an agricultural demonstration park named by its place is a zone (杨凌 is a town jieba takes for a name)
    ("【园区建设】 杨凌现代农业示范园区按照“一园多区”的模式推进建设,规划面积7500公顷。", ["杨凌现代农业示范园区"]),
    # decoys: the kind, counted or as a title
    ("全省建成农业示范园区12个,规划面积7500公顷。", []),
    ("积极创建国家现代农业示范园区。", []),
])
def test_an_agricultural_demonstration_park_named_by_its_place(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # a place's 能源化工区 is a chemical zone (set up inside a 经开区)
    ("我们在经开区内设立了营口仙人岛能源化工区,规划面积六十五平方公里。", ["营口仙人岛能源化工区"]),
    # decoy: with no place, the kind of district a plan builds
    ("加快建设现代能源化工区。", []),
])
def test_a_places_energy_and_chemical_zone(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_zhineng_opens_a_known_industrys_name(nlp):
    text = "装备园规划面积18.2平方公里,重点发展高端装备和智能新能源汽车零部件产业;"
    assert sorted(industries_of(extract(nlp, text)[1])) == ["智能新能源汽车零部件", "高端装备"]
    # decoy: 智能 alone names no industry
    assert industries_of(extract(nlp, "园区重点发展智能和绿色产业。")[1]) == {}


def test_zones_counted_by_their_leading_industry_name_no_zones_industry(nlp):
    text = "从产业分布看,本表所列24个开发区中,以电子信息为主导产业的4个,以新材料为主导产业的11个。"
    assert industries_of(extract(nlp, text)[1]) == {}
    # decoy: a zone's own leading industries
    text = "香隅化工园以精细化工、医药中间体和新材料为主导产业,重点发展氟化工。"
    assert {"精细化工", "医药中间体", "新材料"} <= set(industries_of(extract(nlp, text)[1]))


@pytest.mark.parametrize("text, names", [
    # a verb before the cue takes it as object: no list of industries
    ("各地区要按照本目录规范开发区名称,严禁擅自扩区和变更主导产业。", []),
    # decoy: a phrase after the last separator that is no single verb leaves the list's other items alone
    ("园区形成了电子信息、装备制造和新材料三大主导产业。", ["电子信息", "装备制造", "新材料"]),
])
def test_a_verb_before_a_cue_takes_it_as_object(nlp, text, names):
    assert sorted(industries_of(extract(nlp, text)[1])) == sorted(names)


def test_lai_after_a_round_number_says_about(nlp):
    text = "比如说北方稀土的一个高性能磁材项目,总投资三十来亿元,占地大概六百亩。"
    [money] = of(extract(nlp, text)[1], "money")
    assert (money["text"], money["value"], money["approx"]) == ("三十来亿元", 3000000000.0, "about")
    # decoy: 来 after a year or a number that is not round is no approximation (以来, 未来)
    text = "2010年来累计完成投资12亿元。"
    assert [(m["text"], m["approx"]) for m in of(extract(nlp, text)[1], "money")] == [("12亿元", "exact")]


def test_a_supplys_price_in_a_zones_terms_is_money(nlp):
    text = "3.水电气价格:工业用水3.15元/吨,大工业用电平均0.62元/千瓦时。纺织服装企业用电价格执行0.4元/千瓦时。\n工业蒸汽:150元/吨\n"
    assert sorted(m["value"] for m in of(extract(nlp, text)[1], "money")) == [0.4, 0.62, 3.15, 150.0]
    # decoy: a page's price stays out
    assert of(extract(nlp, "订阅价格:每月3元,全年订价180元。\n零售价:2.00元/份\n")[1], "money") == []


def test_what_each_worker_yields_is_an_amount_not_a_price(nlp):
    [money] = of(extract(nlp, "到2025年,亩均税收达到20万元以上,全员劳动生产率达到30万元/人。")[1], "money")[1:]
    assert (money["text"], money["value"], money["category"]) == ("30万元", 300000.0, "output")
    # decoy: a fee per person stays a price
    assert of(extract(nlp, "培训费500元/人。")[1], "money") == []


@pytest.mark.parametrize("text, value", [
    ("彰滨工业区仑尾区土地售价每平方公尺新台币12,800元起;", 12800.0),  # Taiwan's 公尺
    ("园区土地租赁价格为每平方英尺18令吉至25令吉。", 18.0),  # Malaysia's square feet
])
def test_a_land_price_per_square_gongchi_or_foot_is_an_amount(nlp, text, value):
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [value]


def test_a_ticket_price_stays_a_price(nlp):
    # a price per person names no land, but a ticket's price is money of category other (GUIDE, round 29g), no goal
    [price] = of(extract(nlp, "门票价格拟定为每人60元。")[1], "money")
    assert (price["value"], price["category"], price["target"]) == (60, "other", False)


@pytest.mark.parametrize("text, names", [
    # a one-character feedstock jieba cuts off (氟|化工) stays with the known name after the opening words
    ("池州市重点打造氟化工、精细化工两大产业集群。", ["氟化工", "精细化工"]),
    # decoy: the last character of a verb (做大做|优) is no feedstock
    ("做大做优汽车零部件产业群,加快向系统开发方向发展。", ["汽车零部件"]),
])
def test_a_one_character_feedstock_before_a_known_name_is_part_of_it(nlp, text, names):
    assert sorted(industries_of(extract(nlp, text)[1])) == sorted(names)


def test_a_zones_bare_word_before_a_cue_is_no_industry(nlp):
    text = "答:对新片区重点产业企业引进的高层次人才,经认定后给予最高100万元的一次性安家补贴;"
    assert industries_of(extract(nlp, text)[1]) == {}
    # decoy: a known industry before the same cue is one
    assert "集成电路" in industries_of(extract(nlp, "新片区形成了集成电路重点产业。")[1])


@pytest.mark.parametrize("text, names", [
    # a service before 及 and a trade of making: two industries
    ("南沙重点发展人工智能、生物医药、航运物流及高端装备制造。", ["人工智能", "生物医药", "航运物流", "高端装备制造"]),
    # decoy: a product before such a trade is what the trade makes, one industry
    ("园区重点发展电子信息、汽车及机械制造。", ["电子信息", "汽车及机械制造"]),
])
def test_a_service_before_ji_and_a_trade_of_making_is_an_industry_of_its_own(nlp, text, names):
    assert sorted(industries_of(extract(nlp, text)[1])) == sorted(names)
def test_a_report_whose_items_two_zones_head_gives_its_other_figures_to_none(nlp):
    # (一)X。… (二)Y。…: a report on a county's parks; its totals are of them all, not of the zone it names most
    text = ("一、园区主要经济指标完成情况\n\n　　全年园区完成工业总产值八十六亿元,同比增长38.5%。\n\n二、园区建设情况\n\n"
            "　　(一)湖北浠水经济开发区。开发区规划面积15平方公里,全年新征用地2300亩。开发区入园企业达到86家。"
            "开发区全年实现产值62亿元。\n\n　　(二)兰溪工业园。兰溪工业园规划面积3平方公里,全年实现产值十四亿五千万元。\n")
    records = extract(nlp, text)[1]
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    assert money["八十六亿元"] is None
    assert money["62亿元"] == "湖北浠水经济开发区" and money["十四亿五千万元"] == "兰溪工业园"
    # decoy: one zone heading an item leaves the report its zone
    text = text.split("　　(二)")[0]
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["八十六亿元"] == "湖北浠水经济开发区"


def test_an_issuer_signing_a_report_heads_no_section(nlp):
    # the issuer's line over the signature date names what issued the report; the figures above are not its own
    text = ("浠水县2011年工业园区建设工作总结\n\n　　一年来,园区经济实现了跨越式发展。\n\n"
            "　　全年园区完成工业总产值八十六亿元,同比增长38.5%;实现主营业务收入82.3亿元。全年新增规模以上工业企业16家,"
            "园区规模以上企业总数达到58家,从业人员1.2万人。园区在全市综合考核中排名第三位,比上年前移两位。"
            "园区单位土地产出达到每亩186万元,比上年提高31万元。全年依法供地1850亩,盘活闲置土地320亩。"
            "园区规模以上工业企业实现增加值24.6亿元。\n\n"
            "　　(一)湖北浠水经济开发区。开发区规划面积15平方公里。\n\n　　(二)兰溪工业园。兰溪工业园规划面积3平方公里。\n\n"
            "浠水县工业园区管理委员会\n二〇一一年十二月二十八日\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["八十六亿元"] is None


def test_items_of_a_list_take_the_only_zone_the_whole_sentence_names(nlp):
    # GUIDE: the zone named in the sentence when there is exactly one; the list's first items name none
    text = ("浠水经济开发区(以下简称开发区)规划面积15平方公里。兰溪工业园规划面积3平方公里。\n\n"
            "　　重点抓好以下工作:一是加快基础设施建设,全年计划投入基础设施资金五亿元;"
            "二是推进园区扩区,开发区拟新增用地3000亩;三是创新融资方式,积极争取银行授信20亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["五亿元"] == "浠水经济开发区" and money["20亿元"] == "浠水经济开发区"
    # decoy: a sentence naming two zones leaves its unnamed items to none
    text = text.replace("三是创新融资方式,", "三是兰溪工业园创新融资方式,").replace(
        "兰溪工业园规划面积3平方公里。", "兰溪工业园规划面积3平方公里,兰溪工业园已建成2平方公里。")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["五亿元"] is None


def test_a_related_articles_title_in_a_list_of_links_heads_nothing(nlp):
    # 相关推荐: · 开发区管委会2011年度工作总结范文 names 开发区 in another article's title: no heading of this report
    text = ("浠水县2011年工业园区建设工作总结\n\n"
            "　　全年园区完成工业总产值八十六亿元,同比增长38.5%;实现主营业务收入82.3亿元。全年新增规模以上工业企业16家,"
            "园区规模以上企业总数达到58家,从业人员1.2万人。园区在全市综合考核中排名第三位,比上年前移两位。"
            "园区单位土地产出达到每亩186万元,比上年提高31万元。全年依法供地1850亩,盘活闲置土地320亩。"
            "园区规模以上工业企业实现增加值24.6亿元。\n\n"
            "　　(一)湖北浠水经济开发区。浠水经济开发区(以下简称开发区)规划面积15平方公里。\n\n"
            "　　(二)兰溪工业园。兰溪工业园规划面积3平方公里。\n\n"
            "相关推荐：\n· 开发区管委会2011年度工作总结范文\n· 2012年工业园区工作要点\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["八十六亿元"] is None


def test_a_partner_citys_county_and_town_in_brackets_are_part_of_a_parks_name(nlp):
    # 佛山顺德(云浮新兴新成): the bracket holds the host city, its county and town, not one place alone
    text = "佛山顺德(云浮新兴新成)产业转移工业园规划面积约8平方公里,分为新城、新成两个区块。\n"
    records = extract(nlp, text)[1]
    assert "佛山顺德(云浮新兴新成)产业转移工业园" in zones_of(records)
    # decoy: a bracketed short form led by a place (太原经开区) is no place in the name
    text = "在山西,太原经济技术开发区(太原经开区)与太原高新技术产业开发区(太原高新区)今年以来累计签约项目六十八个。\n"
    assert not any("(太原经开区)与" in n for n in zones_of(extract(nlp, text)[1]))


def test_a_heading_calling_a_park_by_a_short_form_of_its_own_heads_its_section(nlp):
    # 东莞(韶关)园:… and 顺德新成园:…: headings keeping some of one park's characters, in order
    text = ("深圳(河源)产业转移工业园、东莞(韶关)产业转移工业园和佛山顺德(云浮新兴新成)产业转移工业园是首批示范园区。\n\n"
            "东莞(韶关)园:承接莞企“整体搬迁”\n\n记者在园区看到,香港上市公司利达五金集团投资3.5亿港元的生产基地正在安装设备。\n\n"
            "顺德新成园:“一园两区块”\n\n园区计划明年底前再建标准厂房20万平方米。\n")
    records = extract(nlp, text)[1]
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    areas = {a["text"]: a["zone"] for a in of(records, "area")}
    assert money["3.5亿港元"] == "东莞(韶关)产业转移工业园"
    assert areas["20万平方米"] == "佛山顺德(云浮新兴新成)产业转移工业园"
    # decoy: a heading whose characters fit two parks heads neither
    text = text.replace("顺德新成园:", "产业园:")
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["20万平方米"] != "佛山顺德(云浮新兴新成)产业转移工业园"


def test_a_fee_to_join_an_event_is_a_price(nlp):
    text = "有意参加今年五月「大湾区合作平台考察团」的会员,团费每位港币6,800元,名额40个,先到先得。"
    assert of(extract(nlp, text)[1], "money") == []
    # decoy: what the delegation's zone invests is money
    text = "考察团参观的南沙新区今年完成投资港币68亿元。"
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [6800000000.0]


def test_a_remark_after_the_unit_in_a_labels_brackets_leaves_the_unit(nlp):
    text = ("玉溪市开发区“十四五”发展规划\n\n表1玉溪市“十四五”开发区发展主要指标\n\n"
            "序号 | 指标 | 2020年基期 | 2025年目标 | 年均增长 | 属性\n"
            "1 | 开发区营业收入(亿元) | 1860 | 3500 | 13.5% | 预期性\n"
            "3 | 固定资产投资(亿元,五年累计) | — | 1200 | — | 预期性\n")
    money = {(m["text"], m["value"]) for m in of(extract(nlp, text)[1], "money")}
    assert ("1200", 120000000000.0) in money
    # decoy: a remark with a figure in it is no unit remark (亿元,2020年价): the cell is not read as in 亿元 so
    assert ("1200", 120000000000.0) not in {(m["text"], m["value"]) for m in of(
        extract(nlp, text.replace("(亿元,五年累计)", "(亿元,按2020年价)"))[1], "money")}
def test_a_projection_takes_the_year_the_sentence_before_gives_its_event(nlp):
    text = ("2019年4月30日\n根据协议,本集团拟投资约人民币20亿元开发广州嘉汇生物产业园,项目用地约300亩,预计于2021年建成。"
            "产业园将重点发展生物制药,建成后年产值预计可达人民币50亿元。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert goals[5e9] == 2021
    # decoy: a sentence before that ends on no due date leaves the projection undated
    text = ("2019年4月30日\n2021年,本集团投资约人民币20亿元开发广州嘉汇生物产业园。"
            "产业园将重点发展生物制药,建成后年产值预计可达人民币50亿元。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert goals[5e9] is None


def test_a_year_dates_a_rate_each_year_only_when_it_governs_it(nlp):
    # the year is the grant's: the rate after the grant's figure repeats every year
    text = ("2022年5月\n2022年安排职业技能提升补贴资金4800万元,支持建设电子信息产业学院,计划每年培养技能人才5000人。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert 5000 in goals and goals[5000] is None
    # decoy: a year right over the rate dates it
    text = "2022年5月\n2022年,园区计划每年培养技能人才5000人。\n"
    assert {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}.get(5000) == 2022


def test_a_threshold_cut_by_a_pdf_line_break_is_read_whole(nlp):
    # 亿元以上项 / 目: the line break cuts 项目, and the amount is still the bar of the projects counted
    text = ("2012年工作安排\n今年力争完成固定资产投资260亿元,新开工亿元以上项\n目50个。\n")
    assert 1e8 not in [t["value"] for t in of(extract(nlp, text)[1], "target")]
    # decoy: a goal amount at the end of a line that ends its sentence is still a goal
    text = "2012年工作安排\n今年力争完成固定资产投资260亿元\n新开工项目50个。\n"
    assert 2.6e10 in [t["value"] for t in of(extract(nlp, text)[1], "target")]
def test_an_area_before_industrial_land_is_land_not_part_of_a_name(nlp):
    # 工业 after an area starts a name (千亩工业园) unless a land word follows it: the area is of that land
    text = "在深河园,他以每亩6万元人民币的价格买下120亩工业用地,投资1.2亿港元建起新厂。\n"
    assert [a["text"] for a in of(extract(nlp, text)[1], "area")] == ["120亩"]
    # decoy: the same figure before a park's name is part of the name
    assert of(extract(nlp, "县里规划建设120亩工业园,吸引企业入驻。\n")[1], "area") == []


def test_a_subscriptions_yearly_tier_is_a_price(nlp):
    # 全年 right before an amount, in the clause after a subscription price's, is the price's next tier
    text = "订阅本报:电子版每月港币120元,全年港币1,200元 查询热线:(852) 2873 8288\n"
    assert of(extract(nlp, text)[1], "money") == []
    # decoy: a year's amount with no price before it is money
    text = "分别给予每人每月3000元,全年1.2万元。\n"
    assert [m["text"] for m in of(extract(nlp, text)[1], "money")] == ["3000元", "1.2万元"]


def test_a_currency_word_before_a_quoted_rate_is_no_unit_of_the_figure_before_it(nlp):
    # a news page's ticker: 65.11 is the index's change, 人民币 belongs to 中间价
    text = "2009年11月16日 星期一  恒生指数22,943.98 ▲118.52国企指数13,215.40 ▲65.11人民币中间价0.8806\n"
    assert of(extract(nlp, text)[1], "money") == []
    # decoy: an amount in 人民币 stays money when 汇率 only follows in another clause
    text = "园区实现税收65.11亿元人民币,人民币汇率保持稳定。\n"
    assert [m["text"] for m in of(extract(nlp, text)[1], "money")] == ["65.11亿元"]


def test_one_unit_of_area_before_a_number_is_the_unit_of_a_price(nlp):
    # a reader's comment: 一平方米 is what the price is quoted per, not an area
    text = "深圳网友:河源的房价一平方米才两千多元,年轻人愿意去吗?\n"
    assert of(extract(nlp, text)[1], "area") == []
    # decoy: one unit of area with no number after it is an area
    text = "园区新增绿化面积1亩,新建厂房一平方米。\n"
    assert [a["text"] for a in of(extract(nlp, text)[1], "area")] == ["1亩", "一平方米"]


def test_money_columns_under_a_line_listing_several_units_take_its_currency_unit(nlp):
    # a ranking notice's table: the units stand in the line above (个 for the count column, 亿元 for the rest)
    text = ("各省辖市产业集聚区主要指标如下(单位:个、亿元):\n\n"
            "省辖市 | 产业集聚区数 | 主营业务收入 | 固定资产投资 | 税收收入\n"
            "郑州市 | 15 | 9865.3 | 2316.8 | 241.6\n"
            "洛阳市 | 19 | 4126.7 | 1483.2 | 98.5\n")
    money = {m["text"]: (m["value"], m["category"]) for m in of(extract(nlp, text)[1], "money")}
    assert money["9865.3"] == (986530000000.0, "revenue") and money["98.5"][1] == "tax"
    assert "15" not in money and len(money) == 6


def test_a_first_item_keeps_a_head_that_industry_names_are_built_of(nlp):
    # 医药 (of 生物医药) before 化工 is part of the name, not an opening word to cut away
    text = "开发区坚持医药化工、机械制造、纺织服装三大主导产业,入园企业达到86家。\n"
    names = [i["name"] for i in of(extract(nlp, text)[1], "industry")]
    assert "医药化工" in names and "化工" not in names
    # decoy: a zone word before a known name is cut away (编制集聚区能源化工 → 能源化工)
    text = "编制集聚区能源化工、装备制造两大主导产业发展规划。\n"
    assert "能源化工" in [i["name"] for i in of(extract(nlp, text)[1], "industry")]


def test_a_cluster_item_opened_by_a_city_or_county_is_named_without_it(nlp):
    # the place is where the cluster lies: 唐山钢铁深加工产业集群 → 钢铁深加工, 永年标准件 → 标准件
    text = "以唐山、邯郸为重点,延伸钢铁产业链条,培育永年标准件产业集群和唐山钢铁深加工产业集群。\n"
    names = [i["name"] for i in of(extract(nlp, text)[1], "industry")]
    assert "钢铁深加工" in names and "标准件" in names and "唐山钢铁深加工" not in names
    # decoy: a province before the name is a title's, and the item stays no industry
    text = "4月9日,漳州生物医药产业园获批福建省中医药产业集群示范园区。\n"
    assert "中医药" not in [i["name"] for i in of(extract(nlp, text)[1], "industry")]


@pytest.mark.parametrize("text, names", [
    # a measure of clusters is no industry
    ("到“十二五”末,全省产业集群销售收入突破2.5万亿元,形成5个销售收入超千亿元的产业集群;", []),
    # decoy: a trade the cluster lives by is an industry
    ("形成5个销售收入超千亿元的装备制造产业集群;", ["装备制造"]),
])
def test_a_measure_of_clusters_is_no_cluster(nlp, text, names):
    records = extract(nlp, "河北省人民政府关于加快产业集群发展的指导意见\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # a heading over a group of clusters: 传统特色 says which kind, it names no industry
    ("(三)传统特色产业集群。", []),
    # decoy: a trade after a qualifier is an industry
    ("园区重点发展先进制造、工业设计两大产业集群。", ["先进制造", "工业设计"]),
])
def test_a_heading_of_qualifiers_is_no_cluster(nlp, text, names):
    records = extract(nlp, "河北省人民政府关于加快产业集群发展的指导意见\n" + text + "\n")[1]
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


def test_a_count_after_yishang_recaps_the_list_above(nlp):
    # 以上5个项目: the five projects listed above, not a goal of five
    text = "亳州市产业集聚区建设2013年工作方案\n以上5个项目总投资45.5亿元,2013年计划投资17.8亿元。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target") if t["unit"] == "count"] == []
    # decoy: 近 before a count is its modifier, and the goal stands
    text = "亳州市产业集聚区建设2013年工作方案\n力争近3000家企业入园。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [3000]


def test_a_percent_after_a_weight_word_is_how_a_score_counts(nlp):
    head = "亳州市产业集聚区建设2013年工作方案\n"
    text = head + "年终考核结果纳入县区政府目标管理考核,考核分值占比不低于10%。\n"
    assert of(extract(nlp, text)[1], "target") == []
    # decoy: a share a plan sets is a goal
    text = head + "力争高新技术产业产值占比达到40%。\n"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [40]


def test_a_years_review_posted_the_next_year_runs_in_the_year_it_reviews(nlp):
    # a 文库 copy of a 2011 summary posted in January 2012: 年内 records 2011's work, no goal of 2012
    head = ("范文先生网 — 免费范文大全 | 工作总结 | 工作计划\n\n浠水县2011年工业园区建设工作总结\n\n"
            "时间:2012-01-06 08:41:23  来源:网友投稿\n\n")
    text = head + "一是骆驼集团华中蓄电池项目,总投资八亿元,年内完成投资2.3亿元。\n"
    records = extract(nlp, text)[1]
    assert of(records, "target") == []
    assert {m["text"]: m["year"] for m in of(records, "money")}["2.3亿元"] == 2011
    # decoy: a page posted in 2012 with no review in its title plans the rest of its year
    text = "浠水县工业园区2012年重点项目\n\n时间:2012-01-06 08:41:23\n\n骆驼集团项目年内完成投资2.3亿元。\n"
    assert [t["year"] for t in of(extract(nlp, text)[1], "target")] == [2012]


def test_quannian_in_a_plan_document_plans_the_plans_year(nlp):
    head = "亳州市产业集聚区建设2013年工作方案\n\n"
    text = head + "  (四)加快基础设施建设。全年安排产业集聚区基础设施投资45亿元,新建、改造道路85公里。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(4.5e9, 2013)]
    text = head + "  加强用工保障,全年为产业集聚区企业培训输送技术工人1.5万人。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(15000, 2013)]
    # decoy: after a sentence on the year before, 全年 reviews that year
    text = head + "  2012年,全市产业集聚区发展势头良好。全年产业集聚区完成基础设施投资38.2亿元。\n"
    assert of(extract(nlp, text)[1], "target") == []


@pytest.mark.parametrize("text, values", [
    # a speech's numerals: a bound (五次以上) or a tally after its noun (项目五个) makes one a goal figure
    ("同志们,今年我市要引进亿元以上项目五个,组织五次以上专题招商活动。", [5, 5]),
    # decoys: a numeral before its noun, a phase (二期) and a pair of numerals (七八家) stay words
    ("今年要建成三个园区。", []),
    ("今年建成中药材交易中心二期。", []),
    ("明年计划再增加七八家。", []),
])
def test_a_chinese_numeral_bounded_or_tallied_after_its_noun_is_a_goal_figure(nlp, text, values):
    records = extract(nlp, "在全市工业集中区建设工作会议上的讲话\n2013年3月\n" + text + "\n")[1]
    assert [t["value"] for t in of(records, "target")] == values


def test_a_group_qualifier_after_deng_makes_the_items_the_clusters(nlp):
    # 等特色产业集群: 特色 says what kind the items are; each (without its county) is a cluster
    text = "全省重点提升清河羊绒、安平丝网、辛集皮革、平乡自行车、蠡县毛纺等特色产业集群,推进品牌建设。\n"
    names = {i["name"]: i["role"] for i in of(extract(nlp, text)[1], "industry")}
    assert names == {"羊绒": "cluster", "丝网": "cluster", "皮革": "cluster", "自行车": "cluster", "毛纺": "cluster"}
    # decoy: a qualifier before a chain, not a cluster, names no industry
    text = "开发区将依托有机硅、功能性薄膜等优势环节延伸产业链条。\n"
    assert of(extract(nlp, text)[1], "industry") == []
def test_a_span_from_the_reports_date_ends_n_years_after_it_unless_the_text_ends_it(nlp):
    # GUIDE: 未来三年 in a 2019 report ends with 2022
    text = "2019年8月2日\n集团未来三年将在中国再投入约50亿新元,其中至少一半投向合作园区。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(5e9, 2022)]
    # decoy: a deadline after the figure ends the span with the report's year as its first
    text = "2018-03-12\n南科管理局强调,未来三年将投入新台币20亿元建置物联网,预计到2020年,园区营业额达到新台币1兆1,000亿元。\n"
    assert money_by_text(extract(nlp, text)[1])["新台币20亿元"] == (True, 2020)
    # decoy: so does the deadline opening the sentence after a ';'
    text = ("2018年3月1日\n今后三年,开发区要加快向北拓展,新征工业用地3000亩;"
            "到2020年,力争规模以上工业产值达到1000亿元。\n")
    assert [(a["text"], a["year"]) for a in of(extract(nlp, text)[1], "area")] == [("3000亩", 2020)]
    # but not another subject's deadline in it (宁东基地2016年6月底前…)
    text = ("2015年7月28日\n要求园区政府性债务余额2015年底控制在650亿元以内,两年内化解存量债务150亿元;"
            "宁东基地2016年6月底前将债务余额压减至250亿元以下。\n")
    assert money_by_text(extract(nlp, text)[1])["150亿元"] == (True, 2017)
    # decoy: and so does the span a plan's title names
    text = ("梧州高新技术产业开发区高质量发展三年行动方案(2023—2025年)\n\n2023年5月10日\n\n"
            "三年内引进大湾区产业转移项目60个以上,协议总投资300亿元以上。\n")
    assert {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")} == {(60, 2025), (3e10, 2025)}


def test_a_span_counts_from_a_dated_decision_and_else_from_the_reports_year(nlp):
    # a span under the arrangement of a decision the sentence before dates counts from the decision
    text = ("2009年11月16日\n去年5月,广东省委、省政府出台《关于推进产业转移和劳动力转移的决定》。"
            "按照部署,省财政在五年内统筹安排约400亿元支持东西两翼和粤北山区发展。\n")
    assert money_by_text(extract(nlp, text)[1])["约400亿元"] == (True, 2013)
    # decoy: with no arrangement referred to, the span counts from the report's date
    text = text.replace("按照部署,", "")
    assert money_by_text(extract(nlp, text)[1])["约400亿元"] == (True, 2014)
    # GUIDE: a span counts from the report's year, also after goals of this year and the next (今年…。明年…。三年内…)
    text = ("(2013年3月15日)\n\n二、突出工作重点,确保完成今年目标任务\n\n今年全市工业集中区要完成固定资产投资一百三十亿元。"
            "明年,工业集中区工业总产值要达到六百亿元。三年内,经开区要建成产值超三百亿元的工业园区。\n")
    assert money_by_text(extract(nlp, text)[1])["超三百亿元"] == (True, 2016)


def test_a_fund_a_plans_task_sets_up_is_a_goal_of_its_span(nlp):
    # GUIDE: a fund a plan is to set up, among its 保障措施 with no intent word, is a goal of the plan's one span
    head = ("河源市人民政府关于印发中山(河源)产业转移工业园发展规划(2014—2020年)的通知\n\n河源市人民政府\n"
            "二〇一四年十一月二十日\n\n五、保障措施\n\n")
    text = head + "(一)资金保障。市财政每年安排中河园发展专项资金一千二百万元;设立规模三十亿元的产业转移发展基金;\n"
    assert money_by_text(extract(nlp, text)[1])["三十亿元"] == (True, 2020)
    # a plan of a far horizon (2021—2035) dates none of its goals that state no time
    text = ("嘉定区产业园区高质量发展规划纲要(2021—2035年)\n(征求意见稿·节选)\n上海市嘉定区经济委员会 2020年11月\n\n"
            "6.加大财政支持。区财政每年安排产业发展专项资金不少于20亿元;设立总规模100亿元的嘉定产业转型升级基金,首期规模20亿元。\n")
    money = money_by_text(extract(nlp, text)[1])
    assert money["100亿元"] == (True, None) and money["20亿元"] == (True, None)
    # decoy: a work report's fund set up in the year it reviews is a result
    text = ("2016年12月20日\n\n一、2016年工作回顾\n\n(四)要素保障持续加强。设立规模5亿元的汽车产业发展基金,"
            "为中小企业提供担保贷款8.6亿元。\n")
    assert money_by_text(extract(nlp, text)[1])["5亿元"][0] is False


def test_a_span_counted_from_an_event_still_to_come_has_no_year(nlp):
    # GUIDE: 一旦获批,预计三年内… counts from the approval, whose date no one knows: a projection with no year
    text = "2018年5月3日\n\n答:综保区一旦获批,预计三年内可带动进出口额达到10亿美元。\n"
    assert money_by_text(extract(nlp, text)[1])["10亿美元"] == (True, None)
    # decoy: the same span with no event before it ends three years after the report's date
    text = "2018年5月3日\n\n答:预计三年内可带动进出口额达到10亿美元。\n"
    assert money_by_text(extract(nlp, text)[1])["10亿美元"] == (True, 2021)
def test_a_rows_first_cell_naming_a_zone_gives_the_row_that_zone(nlp):
    # a merger notice's table: number, the merged zone, the zones merged into it, area, industries
    text = ("附件:整合提升开发区(园区)名单\n序号\t整合后名称\t整合范围\t规划面积(平方公里)\t主导产业\n"
            "4\t浙江龙游经济开发区\t浙江龙游经济开发区、龙游县城北工业园区、龙游县东华工业园区\t21.3\t特种纸、碳基材料\n")
    records = extract(nlp, text)[1]
    assert {i["name"]: i["zone"] for i in of(records, "industry")}.get("特种纸") == "浙江龙游经济开发区"
    # decoy: a figure in the first cell's own column is no row's figure of the zone
    assert row_head_zone_of("4\t浙江龙游经济开发区\t21.3\t特种纸\n", "4") is None


def row_head_zone_of(text, figure):
    from extractors.attribution import row_head_zone
    return row_head_zone(text, text.index(figure), [(2, 11, "浙江龙游经济开发区")])


def test_a_short_form_defined_after_a_quoted_name_is_that_names(nlp):
    # 设立“X”(以下简称“缙云开发区”): the definition follows the quote closing the new name, not a former one
    text = ("(五)缙云县。整合浙江缙云经济开发区、缙云县壶镇工业园区,设立“浙江缙云壶镇经济开发区”(以下简称“缙云开发区”),"
            "规划面积22.9平方公里。\n发展目标:到2022年,缙云开发区规模以上工业总产值达到360亿元。\n")
    records = extract(nlp, text)[1]
    assert "缙云开发区" in zones_of(records).get("浙江缙云壶镇经济开发区", [])
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    assert money["360亿元"] == "浙江缙云壶镇经济开发区"


def test_a_paired_parks_places_and_last_character_are_a_mention_of_it(nlp):
    # 东莞(韶关)园 in a table row: the paired park 东莞(韶关)产业转移工业园 by its two places
    text = ("从河源向西约200公里,是东莞(韶关)产业转移工业园。\n\n园区     规划面积   协议投资\n"
            "东莞(韶关)园10.2平方公里   86.3亿元\n")
    records = extract(nlp, text)[1]
    assert "东莞(韶关)园" in zones_of(records).get("东莞(韶关)产业转移工业园", [])
    # decoy: two parks of the same pair of places leave the short form to neither
    text = "东莞(韶关)产业转移工业园和东莞(韶关)电子产业园。东莞(韶关)园规划面积10.2平方公里。\n"
    assert not any("东莞(韶关)园" in a for a in zones_of(extract(nlp, text)[1]).values())


def test_an_officials_answer_to_a_question_naming_a_park_is_about_that_park(nlp):
    # 记者:深河园…? then 河源市市长:… — an answer tagged with the official's post, its first sentence naming no zone
    text = ("深圳(河源)产业转移工业园(下称“深河园”)规划面积22.3平方公里。\n\n广州(梅州)园:对口帮扶“真金白银”\n\n"
            "广州(梅州)产业转移工业园规划面积6.58平方公里。广州(梅州)产业转移工业园今年引进港资企业8家。"
            "广州(梅州)产业转移工业园已投产企业21家。\n\n市长访谈:港资项目“一企一策”\n\n"
            "记者:深河园下一步如何吸引港商?\n河源市市长:我们将在园区设立港资企业服务中心,力争全年引进港资项目30个、"
            "合同利用港资5亿美元以上。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["5亿美元以上"] == "深圳(河源)产业转移工业园"
@pytest.mark.parametrize("text, name", [
    # 中|马|柔佛…: the partner nations lead a name opened by a foreign place jieba takes for a person's name
    ("中马柔佛绿色科技产业园二期动工 中方承诺再投12亿美元\n柔佛绿科园首席执行员林国强透露,二期工程占地350公顷。\n",
     "中马柔佛绿色科技产业园"),
    # decoy: 中 ending a word (其中) leads nothing
    ("园区分两期开发,其中柔佛绿色科技产业园二期占地350公顷。\n", "柔佛绿色科技产业园"),
])
def test_partner_nations_lead_a_name_opened_by_a_proper_noun(nlp, text, name):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == [name]


def test_a_locality_before_a_places_park_leads_its_full_name(nlp):
    # 河套 (the locality 河套深港科技创新合作区 is named after) before 深圳园区 leads the park's full name; 深圳园区 alone
    # is its short form
    text = ("河套深港科技创新合作区(下称「河套合作区」)总面积约3.89平方公里,由深圳园区(3.02平方公里)及香港园区组成。\n"
            "河套深圳园区方面,园区已引进科研项目逾160个,并计划建成科研空间约200万平方米。\n")
    records = extract(nlp, text)[1]
    assert zones_of(records)["河套深圳园区"] == ["深圳园区"]
    assert {r["text"]: r["zone"] for r in of(records, "area")}["约200万平方米"] == "河套深圳园区"
    # decoy: a place's 园区 with no locality before it keeps its name
    assert zones_of(extract(nlp, "台南园区规划面积258公顷。")[1]) == {"台南园区": []}


CATALOGUE_WITH_A_PARK_AS_A_PROJECT = (
        "蓬溪县2022年重点招商项目册\n"
        "\n"
        "  6.生猪屠宰及肉制品精深加工项目\n"
        "  项目编号:PX2022-06\n"
        "  建设地点:蓬溪县农产品加工产业园\n"
        "  总投资:8亿元\n"
        "\n"
        "  8.蓬溪县现代商贸物流园项目\n"
        "  项目编号:PX2022-08\n"
        "  建设地点:蓬溪县赤城镇遂西高速出口\n"
        "  总投资:12亿元,计划分两期建设。\n"
        "\n"
        "  9.宝梵寺文化旅游综合开发项目\n"
        "  项目编号:PX2022-09\n"
        "  建设地点:蓬溪县宝梵镇\n"
        "  总投资:20亿元\n"
)


def test_a_catalogue_project_that_is_a_park_being_built_is_that_parks(nlp):
    # 8.蓬溪县现代商贸物流园项目 sited at a town: the project is the park, so its figures are the park's
    zone_of = {r["text"]: r["zone"] for r in of(extract(nlp, CATALOGUE_WITH_A_PARK_AS_A_PROJECT)[1], "money")}
    assert zone_of["12亿元"] == "蓬溪县现代商贸物流园"
    assert zone_of["8亿元"] == "蓬溪县农产品加工产业园"  # sited in a park
    assert zone_of["20亿元"] is None  # decoy: a project that is no park, sited in no park


@pytest.mark.parametrize("text, zone", [
    # 临空经济区 alone is the text's one airport economic zone, as 综保区 is its one bonded zone
    ("同时,推动大兴国际机场临空经济区与北京经开区协同发展,临空经济区规划面积约150平方公里。", "大兴国际机场临空经济区"),
    # decoy: two airport zones named, the bare word may mean either
    ("推动大兴国际机场临空经济区与广州临空经济区协同发展,临空经济区规划面积约150平方公里。", None),
])
def test_a_bare_airport_economic_zone_is_the_texts_one_such_zone(nlp, text, zone):
    assert of(extract(nlp, text)[1], "area")[0]["zone"] == zone


@pytest.mark.parametrize("text, names", [
    # partner regions' short forms (沪疆: Shanghai and Xinjiang) with a short qualifier before 合作 lead a name
    ("双方在北区共建的沪疆科技合作产业园规划面积3平方公里,计划引进企业50家。", ["沪疆科技合作产业园"]),
    # decoy: a partnership with no regions' short forms leads none
    ("双方在北区共建的科技合作产业园规划面积3平方公里。", []),
])
def test_partner_regions_with_a_short_qualifier_before_a_partnership_word(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_items_of_a_list_after_one_on_many_zones_at_once_take_no_zone(nlp):
    # 全省开发区 opens the list: the items after it speak of the province's zones, though one later item names a zone
    text = ("山西转型综合改革示范区(以下简称综改示范区)规划面积600平方公里。\n\n"
            "今年的主要目标是:全省开发区力争完成固定资产投资1900亿元;全年新引进投资项目30个以上,"
            "新建标准化厂房300万平方米;确保综改示范区营业收入突破3000亿元。\n")
    records = extract(nlp, text)[1]
    assert {a["text"]: a["zone"] for a in of(records, "area")}["300万平方米"] is None
    assert {t["text"]: t["zone"] for t in of(records, "target")}["综改示范区营业收入突破3000亿元"] == "山西转型综合改革示范区"


def test_an_estimate_of_what_the_year_can_reach_is_a_goal(nlp):
    # an interview's 估计能: what the speaker expects the year to reach
    text = "2023年11月\n今年外部环境不太好。全年我估计能到2300亿元左右,今年估计能过五十亿元。\n"
    goals = {t["value"] for t in of(extract(nlp, text)[1], "target")}
    assert {2.3e11, 5e9} <= goals
    # decoy: 估计 alone, a figure estimated, sets no goal
    text = "2023年11月\n据估计,今年园区进出口约2300亿元。\n"
    assert 2.3e11 not in {t["value"] for t in of(extract(nlp, text)[1], "target")}


def test_a_rent_in_a_noun_phrase_ending_in_income_is_revenue(nlp):
    # 年租金及物业服务收入: what the project earns, a projection after 预计
    text = "2020年4月\n项目建成后可容纳企业60家左右,预计年租金及物业服务收入1.15亿元。\n"
    assert 1.15e8 in {t["value"] for t in of(extract(nlp, text)[1], "target")}
    # decoy: a rent the zone charges stays a price, never a goal
    text = "2020年4月\n项目建成后,预计厂房租金每平方米每月20元起。\n"
    assert 20 not in {t["value"] for t in of(extract(nlp, text)[1], "target")}


def test_this_year_after_a_deadline_dates_the_part_due_this_year(nlp):
    text = ("2016年5月\n到2018年底,开发区计划通过低效用地再开发,盘活存量工业用地约200公顷,其中今年完成50公顷。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert goals[2.0] == 2018 and goals[0.5] == 2016
    # decoy: 全年 after a deadline restates the deadline's year
    text = "2016年5月\n到2018年底,开发区计划盘活存量工业用地约200公顷,全年完成50公顷。\n"
    assert {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}.get(0.5) == 2018


def test_remanufacturing_is_an_industry_name(nlp):
    text = "2023年11月\n综保区里面,主导产业是三个:集成电路、高端装备维修再制造和跨境电商。\n"
    names = {f["name"] for f in of(extract(nlp, text)[1], "industry")}
    assert {"集成电路", "高端装备维修再制造", "跨境电商"} <= names
    # decoy: 再制造 as a verb outside a list of industries names nothing
    text = "2023年11月\n企业再制造了一台设备,园区主导产业是集成电路。\n"
    assert {f["name"] for f in of(extract(nlp, text)[1], "industry")} == {"集成电路"}


def test_firms_brought_in_are_the_firms_of_the_listed_industries(nlp):
    text = "2019年6月\n知识城腾飞园将重点引进软件、数字创意和研发服务企业,全部建成后预计可容纳企业约500家。\n"
    names = {f["name"] for f in of(extract(nlp, text)[1], "industry")}
    assert {"软件", "数字创意", "研发服务"} <= names
    # decoy: firms of a kind or a rank name no industry
    text = "2019年6月\n园区将积极引进高新技术企业和科技型中小企业,重点引进世界500强企业。\n"
    assert not of(extract(nlp, text)[1], "industry")


def test_a_verb_before_material_names_what_the_material_is_for(nlp):
    text = "2019年6月\n稀土应用产业园是核心园区,重点发展永磁材料、抛光材料和储氢材料。\n"
    assert {"永磁材料", "抛光材料", "储氢材料"} <= {f["name"] for f in of(extract(nlp, text)[1], "industry")}
    # decoy: a verb before another noun still reads as a task, not a name
    text = "2019年6月\n稀土应用产业园是核心园区,重点发展永磁材料、抛光设备和储氢材料。\n"
    assert "抛光设备" not in {f["name"] for f in of(extract(nlp, text)[1], "industry")}


def test_a_financing_column_beside_a_flow_column_takes_the_listed_unit(nlp):
    text = ("2020年4月\n一、募集资金投向\n\n表4-1 募集资金使用计划 单位:亿元\n"
            "项目名称 | 总投资 | 拟使用募集资金 | 占项目总投资比例\n"
            "宜春经开区锂电新能源标准厂房建设项目 | 12.60 | 7.00 | 55.56%\n"
            "补充营运资金 | — | 3.00 | —\n")
    money = {(m["text"], m["value"]) for m in of(extract(nlp, text)[1], "money")}
    assert {("12.60", 1.26e9), ("7.00", 7e8), ("3.00", 3e8)} <= money
    # decoy: a financing column with no flow column beside it stays unread (a register's 注册资本)
    text = ("2020年4月\n表4-1 企业名录 单位:亿元\n"
            "企业名称 | 注册资本 | 成立年份\n"
            "宜春锂电新能源有限公司 | 7.00 | 2015\n")
    assert not of(extract(nlp, text)[1], "money")
@pytest.mark.parametrize("text, names", [
    # 大型 right after a city stays in the name: Guangdong's provincial 大型产业集聚区 are named after their city
    ("江门市大型产业集聚区起步区完成基础设施投资86亿元,首期5平方公里基本实现七通一平。", ["江门市大型产业集聚区"]),
    # decoys: 大型 with no place before it, or after a word for the whole city, names no zone
    ("加快建设大型产业集聚区核心区路网,确保起步区道路建成通车。", []),
    ("全市大型产业园区完成投资86亿元。", []),
])
def test_a_large_scale_zone_word_after_a_city_stays_in_the_name(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # partner regions (港深) and two themes joined by 及, as Hong Kong writes its names, lead the park's name
    ("香港园区即港深创新及科技园,首批八座大楼预计自二○二四年底起分阶段落成,提供约13万平方米楼面面积。",
     ["港深创新及科技园"]),
    # decoy: a partnership joined by 及 to a park's bare word is a list, not one name
    ("深化粤港合作及科技园建设,提供约13万平方米楼面面积。", []),
])
def test_partner_regions_and_themes_joined_by_ji_lead_a_park_name(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # jieba glues a former name's 原 to a two-character place it does not know: the name starts after it
    ("游埠区块(原游埠工业园区)面积7.8平方公里,以五金工具为主。", ["游埠工业园区"]),
    # decoy: 原 that starts a word jieba knows stays in it (原料药 is a product, not a former name)
    ("台州原料药产业园面积7.8平方公里。", ["台州原料药产业园"]),
])
def test_a_former_names_mark_glued_to_an_unknown_two_character_name_is_left_out(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # a heading writes the host zone, a colon and the park: the park is named with its host
    ("诸城经济开发区:汽车产业园加快扩容\n本报讯 诸城经济开发区汽车产业园二期工程日前开工,项目总投资25亿元。\n",
     ["诸城经济开发区", "诸城经济开发区汽车产业园"]),
    # the park's own words inside another park's name are no occurrence of it alone
    ("经济开发区内的潍坊新能源汽车产业园今年将启动二期建设。\n本报讯 诸城经济开发区汽车产业园二期工程日前开工。\n",
     ["潍坊新能源汽车产业园", "诸城经济开发区汽车产业园"]),
    # decoy: a park the text first names alone keeps its own name when later written after its host
    ("蓬溪经开区由上游工业园和金桥新材料产业园组成。\n建设地点:蓬溪经开区上游工业园\n",
     ["蓬溪经开区", "上游工业园", "金桥新材料产业园"]),
])
def test_a_park_first_written_under_its_host_is_named_with_it(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # jieba glues 将 to the first character of a name it does not know (将璧|永|配套): cut again after it
    ("市规划自然资源局已将璧永配套产业园纳入国土空间规划一并研究,规划面积暂按8平方公里控制。", ["璧永配套产业园"]),
    # a place that starts with such a character stays whole (和田, 于都)
    ("自治区已将和田工业园区纳入国土空间规划。", ["和田工业园区"]),
    # decoy: after the stopword only a generic phrase is left, no name
    ("市里已将配套产业园纳入国土空间规划一并研究。", []),
])
def test_a_stopword_glued_to_an_unknown_name_is_cut_off(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # a verb jieba glued to the 为 after it (晋升为, tagged a person's name) ends the name: a star rank is no name
    ("去年在全省180个产业集聚区考核中排第21位,晋升为二星级产业集聚区。", []),
    # decoy: a place after such a verb still names its zone
    ("2014年成功晋升为民权产业集聚区的核心区。", ["民权产业集聚区"]),
])
def test_a_verb_glued_to_wei_ends_a_zone_name(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # a prefecture written with its 市 before 园区, shortening none of the text's zones, speaks of the city's parks
    ("分设区市看,南昌市园区完成主营业务收入1685.2亿元,九江市1026.8亿元。", []),
    # decoy: the city's 园区 in a text that names one zone of that city is that zone's short form
    ("拉萨市园区发展\n拉萨经济技术开发区规划面积5平方公里。\n", ["拉萨经济技术开发区"]),
    # decoy: a place's 园区 without 市 names its park (台南园区 of 南部科学工业园区)
    ("南部科学工业园区台南园区去年营业额约新台币6000亿元。", ["南部科学工业园区", "台南园区"]),
])
def test_a_city_written_with_shi_before_yuanqu_is_its_parks_together(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # a province before 台商投资区 speaks of its zones for Taiwanese investors together
    ("【福建台商投资区小档案】\n厦门海沧台商投资区1989年5月设立,规划面积100平方公里。\n", ["厦门海沧台商投资区"]),
    # decoy: a city before it names one zone
    ("泉州台商投资区规划面积156平方公里。", ["泉州台商投资区"]),
])
def test_a_province_before_taishang_touziqu_is_its_zones_together(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # an abbreviation written in brackets right after its zone's name is defined there: a place's park after it is
    # named with it
    ("台商可到南部科学工业园区(南科)设厂。南科路竹园区也释出约15公顷用地。", ["南部科学工业园区", "南科路竹园区"]),
    # decoy: an abbreviation the text does not define leaves the place's park its own name
    ("台商可到南部科学工业园区设厂。南科路竹园区也释出约15公顷用地。", ["南部科学工业园区", "路竹园区"]),
])
def test_an_abbreviation_in_brackets_after_its_zone_is_defined(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # 特色 and 新型 right after a place stay inside the park's name
    ("西峡县特色冶金产业园新增供地650亩。", ["西峡县特色冶金产业园"]),
    ("支持涡阳经济开发区向北扩区8平方公里,规划建设涡北新型工业园,首期开发3000亩。", ["涡阳经济开发区", "涡北新型工业园"]),
    # decoys: with no place before them they speak of a kind of park
    ("各县要建设一批特色冶金产业园,首期开发3000亩。", []),
    ("规划建设新型工业园,首期开发3000亩。", []),
])
def test_a_kind_word_right_after_a_place_stays_in_the_name(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names

def test_a_fact_box_row_does_not_overrule_the_role_the_text_gave_first(nlp):
    text = ("2015年6月\n铁山港工业区规划面积约180平方公里,重点发展石化、林浆纸、能源三大产业。\n\n"
            "■北部湾主要产业园区一览\n  铁山港工业区:规划面积180平方公里,主导产业为石化、林浆纸、能源\n")
    roles = {f["name"]: f["role"] for f in of(extract(nlp, text)[1], "industry")}
    assert roles == {"石化": "planned", "林浆纸": "planned", "能源": "planned"}
    # in running text too, a leading role stated later leaves the first one (GUIDE, 2026-12-07)
    text = ("2015年6月\n铁山港工业区石化产业集群产值达到510亿元。\n"
            "提升铁山港工业区。加快推进铁山港工业区建设,围绕石化、能源两大主导产业延链补链。\n")
    roles = {f["name"]: f["role"] for f in of(extract(nlp, text)[1], "industry")}
    assert roles == {"石化": "cluster", "能源": "leading"}


def test_a_list_wrapped_before_its_joining_word_goes_on_in_the_next_line(nlp):
    text = ("2019年10月\n铁岭河工业园区规划面积12.6平方公里,已开发面积7.8平方公里,主导产业为木制品加工、新型建材\n"
            "和造纸。园区今年实施项目21个。\n")
    names = {f["name"] for f in of(extract(nlp, text)[1], "industry")}
    assert {"木制品加工", "新型建材", "造纸"} <= names
    # decoy: a table's row ending in a figure, then a park whose name opens with 和, is no list
    text = "2019年10月\n园区名称|面积(公顷)|厂商数\n台南科技工业区|198|48\n和发产业园区|121|31\n"
    assert not of(extract(nlp, text)[1], "industry")
    assert "和发产业园区" in {z["name"] for z in of(extract(nlp, text)[1], "zone")}


def test_around_names_industries_in_a_list_its_count_closes(nlp):
    text = ("2012年3月\n蒲城轻工食品产业园(以下简称食品园)新入驻企业十一家。\n\n"
            "(二)做大做强食品园。围绕果品加工、乳制品、肉制品三大产业,新引进食品加工企业八家以上。\n")
    found = {(f["name"], f["role"], f["zone"]) for f in of(extract(nlp, text)[1], "industry")}
    assert {("果品加工", "planned", "蒲城轻工食品产业园"), ("肉制品", "planned", "蒲城轻工食品产业园")} <= found
    # decoys: 围绕 before no count, before a count of bases, or before a cue of its own names nothing by itself
    text = ("2012年3月\n围绕主导产业纳入省重点工程项目6个,围绕企业需求、园区服务两大任务开展工作。\n"
            "围绕先进装备制造、冶金新材料两个万亿级产业基地,谋划一批项目。\n")
    assert not of(extract(nlp, text)[1], "industry")


@pytest.mark.parametrize("text, names", [
    ("园区重点发展船舶修造、建材和港口物流产业。", {"船舶修造", "建材", "港口物流"}),
    ("区内已形成石油化工、海洋化工、装备制造和临港物流四大产业集群。", {"石油化工", "海洋化工", "装备制造", "临港物流"}),
    ("园区重点发展软件开发、服务外包和动漫创意三大产业。", {"软件开发", "服务外包", "动漫创意"}),
    ("10 | 民权县产业集聚区 | 二星级 | 158.6 | 制冷设备", set()),  # a row with no header names nothing
])
def test_trades_jieba_reads_as_a_place_or_a_verb_are_industry_names(nlp, text, names):
    found = {f["name"] for f in of(extract(nlp, "2012年3月\n" + text + "\n")[1], "industry")}
    assert found == names
    # decoy: the port itself, not its trade, names no industry
    assert not of(extract(nlp, "2012年3月\n加快港口建设,完善临港码头。\n")[1], "industry")


@pytest.mark.parametrize("text, names", [
    ("三年内,全市要打造袜业纺织、装备制造两个百亿元产业集群。", {"袜业纺织", "装备制造"}),
    ("1—8月实现工业总产值486.2亿元,盐气化工、汽车零部件、食品加工三大产业集群产值占比达62%。",
     {"盐气化工", "汽车零部件", "食品加工"}),
    ("到2015年力争形成百亿级氟化工产业集群。", {"氟化工"}),
    # decoys: a zone's word, a scope or a base before the known name is no part of it
    ("园区电子信息、生物医药两大产业集群加快成长。", {"电子信息", "生物医药"}),
    ("做大做优汽车零部件产业集群。", {"汽车零部件"}),
])
def test_a_noun_or_a_feedstock_alone_before_a_known_name_narrows_it(nlp, text, names):
    assert {f["name"] for f in of(extract(nlp, "2013年3月\n" + text + "\n")[1], "industry")} == names


def test_a_name_read_whole_elsewhere_is_not_split_at_ji(nlp):
    text = ("2016年5月\n昆山高新区规划面积约118平方公里,重点发展机器人及智能装备、小核酸及生物医药、新一代资讯技术三大产业。\n"
            "附表\n昆山高新技术产业开发区|国家级|主导产业:机器人及智能装备、小核酸及生物医药、新一代资讯技术\n")
    names = {f["name"] for f in of(extract(nlp, text)[1], "industry")}
    assert "小核酸及生物医药" in names and not {"小核酸", "生物医药"} & names
    # decoy: with no whole reading in the document, 及 between two industries still splits them
    text = "2016年5月\n园区主导产业:精密机械、生技医疗器材及绿色能源。\n"
    assert {"生技医疗器材", "绿色能源"} <= {f["name"] for f in of(extract(nlp, text)[1], "industry")}


def test_a_spoken_list_of_leading_industries_goes_on_after_haiyou(nlp):
    text = ("2015年3月\n李红军:对,虞城县产业集聚区的主导产业是五金工量具,另外还有农副产品加工和纺织服装。\n"
            "王海洋:柘城县产业集聚区的主导产业是超硬材料及制品,还有农副产品深加工。\n")
    found = {(f["name"], f["role"]) for f in of(extract(nlp, text)[1], "industry")}
    assert {("农副产品加工", "leading"), ("纺织服装", "leading"), ("农副产品深加工", "leading")} <= found
    # decoys: 还有 before no industry, or after a weak cue, adds nothing
    text = ("2015年3月\n园区主导产业是超硬材料,还有很多问题要解决。\n"
            "园区重点发展超硬材料,还有农副产品深加工企业12家。\n")
    assert {f["name"] for f in of(extract(nlp, text)[1], "industry")} == {"超硬材料"}


def test_an_incubators_lines_are_its_planned_industries(nlp):
    text = "2012年3月\n孵化园重点孵化电子信息、生物医药和节能环保三类企业。\n"
    found = {(f["name"], f["role"]) for f in of(extract(nlp, text)[1], "industry")}
    assert found == {("电子信息", "planned"), ("生物医药", "planned"), ("节能环保", "planned")}
    # decoys: kinds of firms are no industries, nor is a single line
    text = "2012年3月\n孵化园重点孵化科技型中小企业和大学生创业企业,重点孵化软件企业。\n"
    assert not of(extract(nlp, text)[1], "industry")


@pytest.mark.parametrize("text, names", [
    ("园区规划面积32平方公里,主导产业为煤化工和锂资源开发,2023年实现工业总产值约197亿元。", {"煤化工", "锂资源开发"}),
    # 以…为主 closed by the bracket it stands in
    ("海游区块面积9.6平方公里(原浙江三门经济开发区,以橡胶制品和机电为主);", {"橡胶制品", "机电"}),
    # decoys: 以…为主) of unknown names, and 开发 as a task after a weak cue
    ("海游区块面积9.6平方公里(原三门工业城,以中小企业为主);", set()),
    ("园区重点发展土地开发和招商引资。", set()),
])
def test_resource_development_and_a_bracketed_yi_wei_zhu(nlp, text, names):
    assert {f["name"] for f in of(extract(nlp, "2019年3月\n" + text + "\n")[1], "industry")} == names

@pytest.mark.parametrize("text, kinds", [
    # the area of an administrative division, however it is named, is the area a zone administers
    ("苏州工业园区。园区行政区划面积278平方公里,2021年实现地区生产总值3330亿元。", ["administered"]),
    ("南沙位于广州最南端,行政区域总面积803平方公里。", ["administered"]),
    ("蓬溪县位于四川盆地中部,幅员面积1251平方公里,辖31个乡镇。", ["administered"]),
    # a free-trade zone's 实施范围 is the area it is approved for, as a zone's planned area is
    ("中国(河南)自由贸易试验区郑州片区2017年4月1日正式挂牌,实施范围73.17平方公里。", ["planned"]),
    # decoy: an area of the division's land put to one use is land use, not the division's area
    ("全区行政区域内新增工业用地120公顷。", ["land_use"]),
])
def test_administrative_and_implementation_areas_are_administered_and_planned(nlp, text, kinds):
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == kinds


@pytest.mark.parametrize("text, kinds", [
    # the items of a list after 其中 share the kind of the total before it
    ("今年全市园区计划新增建设用地2.2万亩,其中高新区6000亩、滨海开发区8000亩、综保区1500亩。",
     ["land_use", "land_use", "land_use", "land_use"]),
    ("本集团于三个开发区持有土地储备合共约35公顷,其中无锡高新区约12公顷、合肥经开区约15公顷、天津开发区约8公顷。",
     ["land_use", "land_use", "land_use", "land_use"]),
    # decoy: an item naming its own kind keeps it
    ("园区规划面积12平方公里、建成区面积5平方公里。", ["planned", "built"]),
    # decoy: a list of what is not an area before the figure does not carry a kind into it
    ("强化用地、用能保障,新建标准厂房8万平方米、仓储3万平方米。", ["other", "other"]),
])
def test_items_of_a_list_of_areas_share_the_kind_of_its_total(nlp, text, kinds):
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == kinds


@pytest.mark.parametrize("text, categories", [
    # a tax named by its kind is tax
    ("分税种看,增值税完成15.62亿元,企业所得税完成9.87亿元,个人所得税完成2.36亿元。", ["tax", "tax", "tax"]),
    ("2家企业欠缴土地使用税316.8万元。", ["tax"]),
    ("前十个月,片区企业享受关税减让差不多两亿元。", ["tax"]),
    # decoy: a zone named after bonded trade (综合保税区) names no tax
    ("综合保税区全年完成进出口总额156亿元。", ["other"]),
])
def test_taxes_named_by_their_kind_are_tax(nlp, text, categories):
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == categories


@pytest.mark.parametrize("text, categories", [
    # a grant named after the amount by a few words, with no 的, is what the amount is the size of
    ("对新引进的博士及以上高层次人才,给予最高100万元安家补贴。", ["financing"]),
    ("今年我们拿出3000万元设立人才专项资金,计划引进各类专业人才300人。", ["financing"]),
    # so is one after the last of a list of amounts, for each of them
    ("对主导制定国际标准、国家标准、行业标准的企业,分别给予100万元、50万元、20万元奖励。",
     ["financing", "financing", "financing"]),
    ("对企业引进的博士研究生、硕士研究生,分别给予每人每月3000元、1500元生活补贴。", ["financing", "financing"]),
    # decoys: the bar of the projects counted is their investment, whatever reward follows; an amount with no grant
    # after it keeps the cue before it
    ("部分园区对未达标的项目按亿元以上项目标准兑现了奖励。", ["investment"]),
    ("全年完成固定资产投资120亿元、营业收入300亿元。", ["investment", "revenue"]),
])
def test_a_grant_named_after_an_amount_or_a_list_of_amounts_is_financing(nlp, text, categories):
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == categories


def test_a_line_leading_to_a_table_across_a_blank_line_dates_its_columns(nlp):
    head = "河南省人民政府办公厅关于全省产业集聚区考核晋级结果的通报\n\n豫政办〔2016〕19号\n\n"
    table = ("序号 | 产业集聚区 | 主营业务收入(亿元) | 建成区面积(平方公里)\n"
             "1 | 郑州航空港产业集聚区 | 2835.6 | 68.5\n")
    text = head + "经综合评定和实地核查,2015年度共有12个产业集聚区晋升星级,名单及主要指标如下:\n\n" + table
    records = extract(nlp, text)[1]
    figures = of(records, "money") + of(records, "area")
    assert [(f["text"], f["year"]) for f in figures] == [("2835.6", 2015), ("68.5", 2015)]
    # decoy: a paragraph ending with a full stop across the blank line does not title the table
    text = head + "2015年,全省产业集聚区发展保持了较好态势。\n\n" + table
    records = extract(nlp, text)[1]
    figures = of(records, "money") + of(records, "area")
    assert [(f["text"], f["year"]) for f in figures] == [("2835.6", None), ("68.5", None)]


def test_a_title_naming_a_years_results_dates_its_tables_undated_columns(nlp):
    table = ("(一)国家级经济技术开发区综合考评前2名\n\n"
             "排名|开发区|综合得分|亩均税收(万元)|实际利用外资(亿美元)\n"
             "1|合肥经济技术开发区|93.6|46.8|16.25\n"
             "2|芜湖经济技术开发区|91.2|41.5|12.80\n")
    head = "安徽省商务厅 > 政务公开 > 通知公告\n发布日期:2020-06-19\n\n安徽省商务厅关于{}全省开发区综合考评结果的通报\n\n"
    money = of(extract(nlp, head.format("2019年度") + table)[1], "money")
    assert [(m["text"], m["year"]) for m in money] == [("46.8", 2019), ("16.25", 2019), ("41.5", 2019), ("12.80", 2019)]
    # decoy: a title naming no year's results leaves them undated
    money = of(extract(nlp, head.format("") + table)[1], "money")
    assert {m["year"] for m in money} == {None}


def test_a_table_titled_with_months_of_no_year_is_of_the_reports_year(nlp):
    head = "关于全省工业园区第三季度工作调度会情况的通报\n\n2011年10月18日,省工业园区工作领导小组办公室召开调度会。\n\n"
    table = ("排名 园区名称 主营业务收入(亿元) 增幅(%) 固定资产投资(亿元)\n"
             "1  南昌经济技术开发区  586.3  38.6  102.5\n")
    money = of(extract(nlp, head + "表1  1-9月全省工业园区主要指标前十名排序表\n" + table)[1], "money")
    assert [(m["text"], m["year"], m["target"]) for m in money] == [("586.3", 2011, False), ("102.5", 2011, False)]
    # decoy: a title naming no part of a year leaves its columns undated
    money = of(extract(nlp, head + "表1  全省工业园区主要指标前十名排序表\n" + table)[1], "money")
    assert [(m["text"], m["year"]) for m in money] == [("586.3", None), ("102.5", None)]


@pytest.mark.parametrize("text, years", [
    # the year a figure is a multiple of is no year of the figures after it
    ("2020年,全市7个开发区实现营业收入1860亿元,是2015年的1.8倍;完成规模以上工业增加值420亿元。", [2020, 2020]),
    ("2017年,高新区实现工业总产值412亿元,是1998年的150多倍;实现工业增加值103亿元。", [2017, 2017]),
    # decoy: a year of its own after the comparison still dates what follows it
    ("2020年,全区实现营业收入1860亿元,是2015年的1.8倍;2021年完成工业增加值420亿元。", [2020, 2021]),
])
def test_the_year_a_figure_is_a_multiple_of_dates_nothing(nlp, text, years):
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == years


@pytest.mark.parametrize("text, kinds", [
    # the area a park is laid out to develop is planned
    ("彰滨工业区为工业局开发面积最大之工业区,总开发面积约3,643公顷。", ["planned"]),
    ("中科台中园区扩建二期计划已经行政院核定,开发面积约65公顷,总经费新台币136亿元。", ["planned"]),
    # decoys: what is developed already is built
    ("园区规划面积12平方公里,已开发面积7.8平方公里。", ["planned", "built"]),
    ("截至2014年底,园区累计开发面积312平方公里。", ["built"]),
])
def test_a_parks_development_area_is_planned_and_its_developed_area_built(nlp, text, kinds):
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == kinds


def test_a_figure_and_its_label_on_a_line_read_the_label(nlp):
    text = ("【数说开发区】\n\n　　98平方公里　规划面积\n　　286.4亿元　2016年地区生产总值\n　　21.3亿元　2016年税收收入\n"
            "　　165亿元　2017年固定资产投资目标\n")
    records = extract(nlp, text)[1]
    assert [(a["kind"], a["year"]) for a in of(records, "area")] == [("planned", None)]
    assert [(m["category"], m["year"], m["target"]) for m in of(records, "money")] == [
        ("output", 2016, False), ("tax", 2016, False), ("investment", 2017, True)]
    # decoy: a figure inside a line of prose reads its clause, not the words after it
    text = "全区完成286.4亿元,地区生产总值增长7%。\n"
    assert [(m["category"], m["year"]) for m in of(extract(nlp, text)[1], "money")] == [("other", None)]


@pytest.mark.parametrize("text, categories", [
    # what a bond issue or a share placing raises is financing
    ("(二)发行总额:人民币8亿元。其中基础发行额5亿元,弹性配售额3亿元。", ["financing", "financing", "financing"]),
    ("本公司配售新股份,所得款项净额约港币4.78亿元,拟用作内地产业园项目之开发。", ["financing"]),
    # a public works' budget is investment
    ("竹南园区第二污水处理厂扩建工程经费新台币8.9亿元。", ["investment"]),
    # decoy: the output a bond's projects will yield keeps its own cue
    ("募投项目建成后年营业收入可达3亿元。", ["revenue"]),
])
def test_what_a_bond_or_placing_raises_is_financing_and_works_funds_investment(nlp, text, categories):
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == categories

def test_a_county_report_heading_its_chapter_with_the_zone_word_of_its_one_park(nlp):
    text = ("政府工作报告(节选)\n\n二、2011年工业园区建设回顾\n\n"
            "(一)园区规模持续扩大。蒲城县工业园区经省政府批准升格为省级工业园区,规划面积由十二平方公里扩大到三十六平方公里。\n\n"
            "(二)三个园中园加快建设。蒲城轻工食品产业园(以下简称食品园)新入驻企业十一家,实现产值十二点五亿元。\n\n"
            "三、2012年园区建设主要任务\n\n"
            "今年园区工作的主要预期目标是:实现工业总产值九十亿元,实际到位资金三十亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["九十亿元"] == "蒲城县工业园区"  # the county's park, which 园区 of the heading stands for
    assert zone_of["十二点五亿元"] == "蒲城轻工食品产业园"  # a park inside it, named in its own sentence
    # decoy: a park of another name (no county's own park) is not what a city's 开发区 heading speaks of
    text = ("政府工作报告\n\n二、推动开发区高质量发展\n\n"
            "蔡家坡经济技术开发区规划面积35平方公里,宝鸡综合保税区封关运行。\n\n"
            "全年实现工业总产值1420亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["1420亿元"] is None
    # decoy: a park the text names only in its signature does not stand for the heading's 园区
    text = ("浠水县2011年工业园区建设工作总结\n\n一、园区主要经济指标完成情况\n\n"
            "全年园区完成工业总产值八十六亿元。湖北浠水经济开发区完成工业总产值62亿元,散花滨江工业园完成产值9.5亿元。\n\n"
            "浠水县工业园区管理委员会\n2012年1月5日\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["八十六亿元"] is None


def test_each_project_of_a_catalogue_is_the_park_its_site_line_names(nlp):
    text = ("曲靖经济技术开发区\n2022年招商引资重点项目推介手册\n\n"
            "曲靖经济技术开发区(以下简称曲靖经开区)规划面积120平方公里,下设曲靖新能源电池产业园、曲靖绿色硅光伏产业园和西城装备制造产业园。\n\n"
            "项目五:新能源电池回收利用项目\n项目地点:曲靖新能源电池产业园\n"
            "建设内容及规模:建设废旧动力电池拆解生产线,占地200亩。\n总投资:8亿元。\n\n"
            "项目六:西城智能装备零部件产业园项目\n项目地点:西城装备制造产业园\n"
            "建设内容及规模:建设标准化厂房及研发楼,总建筑面积30万平方米。\n总投资:12亿元。\n\n"
            "项目八:曲靖经开区冷链物流项目\n项目地点:曲靖经开区西城片区\n"
            "建设内容及规模:建设冷库、分拣中心及配送中心,占地300亩。\n总投资:6.8亿元。\n\n"
            "以上项目总投资合计26.8亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["8亿元"] == "曲靖新能源电池产业园"
    # a short entry right after another still has its own site's park, not the park of the entry before
    assert zone_of["12亿元"] == "西城装备制造产业园"
    # a project sited in a part (片区) of the zone is offered in the zone
    assert zone_of["6.8亿元"] == "曲靖经济技术开发区"
    # decoy: the catalogue's own text after the last entry's fields is no project's
    assert zone_of["26.8亿元"] == "曲靖经济技术开发区"


def test_a_story_heading_calling_a_zone_by_its_kind_opens_that_zones_section(nlp):
    text = ("四大园区一季度主要指标全面飘红\n\n"
            "  高新区:创新驱动打造“千亿园区”\n\n"
            "  潍坊高新技术产业开发区(潍坊高新区)是1992年经国务院批准设立的国家级高新区,规划面积116平方公里。\n\n"
            "  “今年我们的目标是,规模以上工业总产值突破2200亿元。”管委会主任说。\n\n"
            "  滨海开发区:港产城联动拓展发展空间\n\n"
            "  潍坊滨海经济技术开发区(滨海开发区)规划面积677平方公里,是全省海洋经济的重要增长极。"
            "一季度,滨海开发区完成固定资产投资71.8亿元。滨海开发区提出,到2015年工业总产值突破3000亿元。\n\n"
            "  经济开发区:转型升级跑出加速度\n\n"
            "  潍坊经济开发区前身为1994年设立的潍坊市经济技术开发区,规划面积62平方公里。\n\n"
            "  与此同时,全年计划腾退老厂区土地1200亩,土地出让收入18.2亿元。\n\n"
            "  园区:要从“铺摊子”转向“上台阶”\n\n"
            "  青州工业园区今年新签约项目12个。\n\n"
            "  一季度完成投资8.6亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["突破2200亿元"] == "潍坊高新技术产业开发区"  # not the next section's 滨海开发区
    assert zone_of["18.2亿元"] == "潍坊经济开发区"
    # decoy: 园区: may head any park's story; it opens no section of the park named under it
    assert zone_of["8.6亿元"] != "青州工业园区"

def test_a_time_in_an_earlier_clause_leaves_one_projects_planned_total_undated(nlp):
    def total_years(text):
        return {t["year"] for t in of(extract(nlp, text)[1], "target") if "总投资" in (t["metric"] or "")}
    # the year the park was planned, two clauses before, is not a year of its whole planned total
    assert total_years("2016年3月\n二〇一四年,开发区在城东园区南部规划建设景县铁塔钢构产业园,规划占地一千二百亩,"
                       "计划总投资十五亿元,至二〇一五年底已入驻企业十四家。\n") == {None}
    assert total_years("2012年1月\n全年签约的重大项目主要有:深圳宏达电子产业园项目,计划总投资15亿元,拟落户开发区。\n") == {None}
    # decoys: a year's programme of projects, and a time in the total's own clause, date it
    assert total_years("2013年4月\n今年,全市确定工业集中区重点项目一百二十个,计划总投资四百六十亿元。\n") == {2013}
    assert total_years("2017年1月\n全年施工项目计划总投资总额达到860亿元。\n") == {2017}


def test_a_clause_with_its_own_figure_does_not_date_the_projection_after_it(nlp):
    def projection_years(text):
        return {t["year"] for t in of(extract(nlp, text)[1], "target") if t["metric"] and "年产值" in t["metric"]}
    # the year's spending and the year's output in the clause before are results of that year, not the build's end
    assert projection_years("2011年12月\n一是骆驼集团华中蓄电池项目,总投资八亿元,年内完成投资2.3亿元,"
                            "全部建成后可实现年产值30亿元。\n") == {None}
    assert projection_years("2012年3月\n泰富重装湘潭基地总投资60亿元,2011年实现产值45亿元,"
                            "全部达产后可实现年产值200亿元。\n") == {None}
    # decoy: a clause that only says when the phase is done dates it
    assert projection_years("2011年12月\n二期将于年内竣工,建成后可实现年产值30亿元。\n") == {2011}


def test_a_main_tasks_heading_of_the_year_makes_its_counts_goals(nlp):
    text = ("2012年2月16日\n三、2012年园区建设主要任务\n\n(二)做大做强食品园。围绕果品加工、乳制品、肉制品三大产业,"
            "新引进食品加工企业八家以上,全年实现产值二十亿元。\n")
    goals = {(t["metric"], t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert {("新引进食品加工企业", 8, 2012), ("产值", 2e9, 2012)} <= goals
    # decoy: the same sentence under a review of the year before states results
    text = ("2012年2月16日\n二、2011年工业园区建设回顾\n\n(二)做大做强食品园。围绕果品加工、乳制品、肉制品三大产业,"
            "新引进食品加工企业八家以上,全年实现产值二十亿元。\n")
    assert not of(extract(nlp, text)[1], "target")


def test_a_list_of_zones_sharing_one_figure_gives_it_to_none_of_them(nlp):
    text = ("嘉定区产业园区发展规划(2021—2025年)\n2020年5月\n分园区看,嘉定高新区实现营业收入1860亿元;"
            "上海国际汽车城零部件配套工业园区(以下简称“零部件园”)规划面积26.3平方公里。\n四、主要任务\n"
            "5.打造产业社区。在嘉定高新区、零部件园配建人才公寓1万套,新增公共服务设施面积30万平方米。\n")
    [goal] = [t for t in of(extract(nlp, text)[1], "target") if t["value"] == 10000]
    assert goal["zone"] is None
    # decoy: a list whose items each give a zone its own figure keeps each item's zone
    text = "2020年5月\n园区包括台南园区1,043公顷、高雄园区570公顷。\n"
    zones = {a["value"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert zones[5.7] == "高雄园区"


def test_a_five_year_plans_goals_are_dated_by_its_last_year(nlp):
    text = ("2012年2月16日\n三个园中园的“十二五”目标是:化工园规划面积达到二十平方公里,"
            "力争引进下游配套项目二十个以上;食品园果品年加工能力达到五十万吨。\n")
    goals = {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert {(20, 2015), (500000, 2015)} <= goals
    # decoy: a goal with no plan named keeps no year
    text = "2012年2月16日\n三个园中园的目标是:力争引进下游配套项目二十个以上。\n"
    assert {t["year"] for t in of(extract(nlp, text)[1], "target")} == {None}


def test_a_month_a_project_is_done_by_is_not_the_year_of_the_sentences_after(nlp):
    text = ("2012年2月16日\n三、2012年园区建设主要任务\n\n(一)全力推进化工园建设。年内完成烯烃项目投资六十亿元,"
            "力争明年十月建成试车,项目全部建成投产后可实现年产值一百二十亿元。同步启动化工园二期开发,新征土地三千亩,"
            "投入基础设施建设资金五亿元。\n")
    years = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert years[5e8] == 2012
    # decoy: a year's horizon (明年) with no month still carries into the sentence after
    text = ("2012年2月16日\n三、2012年园区建设主要任务\n\n(一)全力推进化工园建设。力争明年园区产值突破一百亿元。"
            "新征土地三千亩,投入基础设施建设资金五亿元。\n")
    years = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert years[5e8] == 2013


def test_a_count_that_is_not_the_number_of_listed_kinds_is_a_goal(nlp):
    def counts(text):
        return {t["value"] for t in of(extract(nlp, text)[1], "target")}
    text = "2012年2月16日\n年内关停小水泥、小石灰企业十二家,新引进果品储藏、包装企业五家以上。\n"
    assert {12, 5} <= counts(text)
    # decoys: a count equal to the names listed, or after a list 等 leaves open, is the list's size
    assert 4 not in counts("2012年2月16日\n今年黑山、北镇、凌海、义县4个县力争实现产值100亿元。\n")
    assert 5 not in counts("2012年2月16日\n今年重庆经开区、重庆高新区等5个园区力争实现产值100亿元。\n")


def test_a_plans_stages_date_the_figures_under_them(nlp):
    text = ("临颍县产业集聚区总体规划(2009—2020年)\n二〇一〇年三月\n"
            "1.3 规划期限:2009—2020年。其中近期为2009—2012年,中期为2013—2015年,远期为2016—2020年。\n\n"
            "近期(2009—2012年)新增建设用地2.84平方公里,远期新增建设用地10.4平方公里。\n"
            "8.1 投资估算:总投资估算为86.5亿元,其中近期(2009—2012年)32.6亿元,中期24.3亿元,远期29.6亿元。\n")
    goals = {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert {(2.84, 2012), (10.4, 2020), (3.26e9, 2012), (2.43e9, 2015), (2.96e9, 2020)} <= goals
    # decoys: a stage's planned land is dated but no goal; a clause after a stage's own figure, or a figure with a
    # deadline of its own, is not the stage's
    text = ("应城经济开发区总体规划(2020—2035年)\n2020年6月\n规划期限为2020—2035年,其中近期为2020—2025年,"
            "远期为2026—2035年。近期规划建设用地18.4平方公里。\n规划实施总投资约680亿元,其中近期(2020—2025年)投资约"
            "260亿元,基础设施投资约85亿元。\n(4)近期重点环保工程:城北污水处理厂一期工程投资3.8亿元,2022年底前建成投运;\n")
    records = extract(nlp, text)[1]
    assert {(a["value"], a["year"], a["target"]) for a in of(records, "area")} == {(18.4, 2025, False)}
    years = {t["value"]: t["year"] for t in of(records, "target")}
    assert years[2.6e10] == 2025 and years.get(8.5e9) != 2025 and years.get(3.8e8) != 2025


@pytest.mark.parametrize("text, names", [
    # a park first named after its host zone is named so, its qualifier a place of its own or not
    ("上半年,批准设立汉川经济开发区新河工业园、枝江经济开发区姚家港化工园等4个园中园。",
     ["汉川经济开发区新河工业园", "枝江经济开发区姚家港化工园"]),
    # a project's site field only locates the park: the park written alone after it keeps its own name, once,
    # however the host is written
    ("(三)建设地点:安徽东至经济开发区香隅化工园内,纬三路以南\n东至经开区下设香隅化工园和东至县城区工业园两个园区。\n"
     "本项目选址位于东至经开区香隅化工园。\n", ["香隅化工园", "东至经开区", "东至县城区工业园"]),
    # decoy: a park first named alone keeps its own name
    ("新河工业园规划面积5平方公里。汉川经济开发区新河工业园已入驻企业30家。", ["新河工业园"]),
])
def test_a_park_after_its_host_is_named_with_it_unless_a_site_field_or_its_own_name_came_first(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # China and its partner country alone before a border zone's suffix name the zone
    ("试验区提出,到2017年建成中越跨境经济合作区核心区约8.5平方公里。", ["中越跨境经济合作区"]),
    # decoys: 中国 alone before a suffix is the kind; a nation pair before another family names no zone alone
    ("积极申报中国自由贸易试验区。", []),
    ("园区行政区划面积278平方公里,其中中新合作区80平方公里。", []),
])
def test_china_and_a_partner_country_alone_name_a_border_zone(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # a hyphen (a full-width one read as -) joins a province and its partner as a dash does
    ("广西-东盟经济技术开发区(东盟经开区)以食品、生物医药和机械制造为主导产业。", ["广西-东盟经济技术开发区"]),
    ("廣西－東盟經濟技術開發區以食品為主導產業。", ["广西-东盟经济技术开发区"]),
    # decoy: a hyphen between two words that are no province and partner leads no name
    ("2014-2016经济技术开发区综合评价。", []),
])
def test_a_hyphen_joins_a_province_and_its_partner_in_a_name(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_a_border_cooperation_zone_inside_an_opening_pilot_zone_is_a_zone_of_its_own(nlp):
    text = ("广西北部湾经济区年报\n东兴国家重点开发开放试验区规划面积1226平方公里,"
            "其中东兴边境经济合作区规划面积约40平方公里。\n")
    assert set(zones_of(extract(nlp, text)[1])) == {"东兴国家重点开发开放试验区", "东兴边境经济合作区"}
    # decoy: two forms of one border zone's name are still one zone
    text = "云南年报\n瑞丽边境经济合作区发展良好。瑞丽国家边境经济合作区规划面积6平方公里。\n"
    assert len(zones_of(extract(nlp, text)[1])) == 1


def test_a_citys_airport_area_names_its_zone(nlp):
    text = ("湖北开发区半年报\n武汉临空港经济技术开发区(武汉临空港经开区)上半年完成工业总产值468亿元。\n")
    assert zones_of(extract(nlp, text)[1]) == {"武汉临空港经济技术开发区": ["武汉临空港经开区"]}
    # decoy: the airport area with no zone word names no zone
    text = "湖北开发区半年报\n依托临空港优势,发展航空物流产业。\n"
    assert zones_of(extract(nlp, text)[1]) == {}


def test_the_park_a_zone_started_as_is_its_former_name(nlp):
    text = ("临颍县产业集聚区总体规划\n临颍县产业集聚区(以下简称集聚区)位于县城东部。集聚区起步于2003年设立的临颍县工业园区,"
            "2009年被省政府确定为首批省级产业集聚区。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert list(zones) == ["临颍县产业集聚区"] and "临颍县工业园区" in zones["临颍县产业集聚区"]
    # decoy: a zone started in a year names no former name
    text = "景县年鉴\n景县经济开发区起步于二十世纪八十年代,以生产橡胶管为主。\n"
    assert zones_of(extract(nlp, text)[1]) == {"景县经济开发区": []}


def test_an_economic_cluster_written_without_chanye_is_the_same_zone(nlp):
    text = ("许昌日报\n许昌经济技术产业集聚区规划面积三十平方公里。今年以来,许昌经济技术集聚区新开工亿元以上项目十四个。\n")
    assert zones_of(extract(nlp, text)[1]) == {"许昌经济技术产业集聚区": ["许昌经济技术集聚区"]}
    # decoy: the economic zone of the same place stays a zone of its own
    text = "许昌日报\n许昌经济技术开发区规划面积十平方公里。许昌经济技术集聚区新开工项目十四个。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"许昌经济技术开发区", "许昌经济技术集聚区"}


@pytest.mark.parametrize("text, names", [
    # a government department before a zone word names no zone
    ("各产业集聚区管委会要于每月5日前将上月工作进展情况报市发改委产业集聚区办公室。", []),
    # decoy: a place before the zone word still names one
    ("临颍县产业集聚区管委会要于每月5日前报送工作进展。", ["临颍县产业集聚区"]),
])
def test_a_government_department_is_no_part_of_a_zone_name(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    # an unknown word with a conjunction inside is words jieba glued, no proper noun that could name a zone
    ("有意投资之厂商,可洽工业局产业园区组或各工业区服务中心。", []),
    # decoy: a brand jieba does not know still leads a park's name
    ("汇融物流园区规划面积800亩。", ["汇融物流园区"]),
])
def test_an_unknown_word_holding_a_conjunction_is_no_proper_noun(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_a_places_yuanqu_in_brackets_after_a_parks_name_is_its_short_form(nlp):
    text = ("玉溪市园区发展规划\n其中,元江特色农产品加工园区(元江园区)规划面积9.6平方公里。元江园区重点发展芒果精深加工。\n")
    assert zones_of(extract(nlp, text)[1]) == {"元江特色农产品加工园区": ["元江园区"]}
    # decoy: a place alone in brackets is where the park is, no short form
    text = "河源年鉴\n中山(河源)产业转移工业园规划面积9.6平方公里。\n"
    assert zones_of(extract(nlp, text)[1]) == {"中山(河源)产业转移工业园": []}


@pytest.mark.parametrize("text, names", [
    # 经济发展区 names a county's zone as 经济开发区 does
    ("今年以来,昌邑市沿海经济发展区新入驻项目10个,总投资42亿元。", ["昌邑市沿海经济发展区"]),
    # decoy: 经济发展 before 区域 is no zone word
    ("促进县域经济发展区域协调,总投资42亿元。", []),
])
def test_jingji_fazhanqu_names_a_zone(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_a_project_table_reads_its_total_column_beside_a_year_column(nlp):
    text = ("2013年3月\n表2 部分重大项目表(单位:万元)\n项目名称|所在集聚区|总投资|2013年计划投资|建设内容\n"
            "济人药业中药饮片扩建项目|亳州现代中药产业集聚区|85000|30000|年加工中药饮片3万吨\n")
    money = {(m["text"], m["value"], m["year"], m["target"]) for m in of(extract(nlp, text)[1], "money")}
    assert money == {("85000", 8.5e8, None, False), ("30000", 3e8, 2013, True)}
    # decoy: a column of counts beside the year column stays no money
    text = ("2013年3月\n表2 部分重大项目表(单位:万元)\n项目名称|所在集聚区|用工人数|2013年计划投资\n"
            "济人药业中药饮片扩建项目|亳州现代中药产业集聚区|850|30000\n")
    assert {m["text"] for m in of(extract(nlp, text)[1], "money")} == {"30000"}


def test_a_remark_listing_sub_sectors_stays_inside_its_item(nlp):
    text = "2021年3月\n城北新材料产业园以新材料(高分子材料、新型建材)和食品加工为主导产业。\n"
    names = {f["name"] for f in of(extract(nlp, text)[1], "industry")}
    assert {"新材料", "食品加工"} <= names and not {"高分子材料", "新型建材"} & names


def test_a_heading_numbered_with_a_dot_names_the_industry_its_lists_belong_to(nlp):
    text = ("2023年3月\n  3.电子信息和医药食品产业。长洲电子信息产业园重点发展新型显示、电子元器件和智能终端,"
            "2024年底前建成标准厂房60万平方米。\n")
    assert not of(extract(nlp, text)[1], "industry")
    # decoy: a numbered heading naming no industry leaves the zone's list its industries
    text = ("2023年3月\n  3.园区建设。长洲电子信息产业园重点发展新型显示、电子元器件和智能终端,"
            "2024年底前建成标准厂房60万平方米。\n")
    assert {"新型显示", "电子元器件", "智能终端"} <= {f["name"] for f in of(extract(nlp, text)[1], "industry")}


def test_a_spoken_count_of_leading_industries_then_the_items(nlp):
    text = "2015年3月\n民权县产业集聚区规划面积22.6平方公里。我们的主导产业就一个,制冷装备,说白了就是冰箱、冷柜。\n"
    found = {(f["name"], f["role"]) for f in of(extract(nlp, text)[1], "industry")}
    assert found == {("制冷装备", "leading")}
    # decoys: a count with no items after it, or items more than counted
    text = "2015年3月\n园区主导产业有三个,发展很快。园区主导产业就一个,制冷装备和食品。\n"
    assert not of(extract(nlp, text)[1], "industry")


def test_health_and_wellness_is_an_industry_name(nlp):
    text = ("2022年3月\n江川星云湖健康产业园等3个园区规划总面积合计38.9平方公里,以健康养生、文化旅游、特色农产品加工为主导。\n")
    assert {"健康养生", "文化旅游", "特色农产品加工"} <= {f["name"] for f in of(extract(nlp, text)[1], "industry")}
    # decoy: the words as a task, after no cue, name nothing
    assert not of(extract(nlp, "2022年3月\n倡导健康养生的生活方式。\n")[1], "industry")


def test_fasteners_are_an_industry_name(nlp):
    text = "2020年3月\n彰滨工业区是彰化县经济发展的重要引擎,鹿港区的螺丝扣件产业聚落年出口值约占全国扣件出口的三成。\n"
    assert {(f["name"], f["role"]) for f in of(extract(nlp, text)[1], "industry")} == {("螺丝扣件", "cluster")}
    # decoy: the product in a sentence with no cue names nothing
    assert not of(extract(nlp, "2020年3月\n园区扣件出口增长三成。\n")[1], "industry")


def test_firms_turning_to_new_lines_name_planned_industries(nlp):
    text = "2015年3月\n受面板产业景气影响,本局将协助厂商转型发展车用电子及智慧照明。\n"
    found = {(f["name"], f["role"]) for f in of(extract(nlp, text)[1], "industry")}
    assert found == {("车用电子", "planned"), ("智慧照明", "planned")}
    # decoys: a zone's transformation, and a single line after the cue, name nothing
    text = "2015年3月\n推动园区转型发展,转型发展现代服务业。\n"
    assert not of(extract(nlp, text)[1], "industry")


def test_a_spoken_de_after_a_planned_cue_opens_its_list(nlp):
    text = "2016年3月\n主导产业就是装备制造这一块,再加上这几年重点发展的新能源和生物医药,形成了格局。\n"
    found = {(f["name"], f["role"]) for f in of(extract(nlp, text)[1], "industry")}
    assert {("新能源", "planned"), ("生物医药", "planned")} <= found
    # decoy: 重点发展的 before a kind of industries or a question names nothing
    text = "2016年3月\n园区重点发展的新兴产业增长较快,重点发展的产业是什么?\n"
    assert not of(extract(nlp, text)[1], "industry")


@pytest.mark.parametrize("text, categories", [
    # funds spent or brought in are investment
    ("全年投入安全生产和环境治理资金二千三百万元。", ["investment"]),
    ("大同经开区全年引进项目资金186亿元。", ["investment"]),
    ("全年产业集聚区实际利用境外资金98.6亿美元。", ["investment"]),
    # decoys: a fund granted stays financing, spent or not; so does aid named before the funds
    ("投入安全生产专项资金4200万元。", ["financing"]),
    ("广州市承诺五年内投入对口帮扶资金不少于5亿元。", ["financing"]),
    ("市财政安排园区发展资金5000万元。", ["financing"]),
])
def test_funds_spent_or_brought_in_are_investment(nlp, text, categories):
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == categories


@pytest.mark.parametrize("text, categories", [
    # what a government earmarks or partners inject is financing
    ("特区政府亦已在今年的财政预算中预留100亿港元推行新型工业加速计划。", ["financing"]),
    ("园区由马方财团与中方企业合资开发,开园时双方注资共5亿令吉。", ["financing"]),
    # decoy: land set aside is no money
    ("园区预留发展用地200亩。", []),
])
def test_what_a_government_earmarks_or_partners_inject_is_financing(nlp, text, categories):
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == categories


def test_a_paragraph_opened_by_a_part_of_the_year_dates_its_results(nlp):
    head = "重庆市经济和信息化委员会\n发布时间:2017-09-22\n\n"
    text = head + "  1—8月,全市47个工业园区经济运行总体平稳、稳中有进。园区共实现工业总产值15286.5亿元,同比增长12.6%。\n"
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [2017]
    # decoys: what a project is has no year, and a paragraph opened by no time dates nothing
    text = head + ("上半年,拉萨高新区实现营业收入9.6亿元。西藏数据中心产业园一期项目总投资十二亿元,占地200亩。"
                   "投资45亿元的中化弘润石化二期项目进展顺利。\n")
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [2017, None, None]
    text = head + "全市47个工业园区经济运行总体平稳。园区共实现工业总产值15286.5亿元。\n"
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")] == [None]


@pytest.mark.parametrize("text, kinds", [
    # a building's floor area, planned or not, is no land of the zone
    ("无锡三期已于二零一六年八月动工,规划建筑面积120,000平方米。", ["other"]),
    ("项目总用地面积326亩,规划总建筑面积42.8万平方米。", ["land_use", "other"]),
    # decoy: a zone's planned area stays planned
    ("园区规划面积12.6平方公里。", ["planned"]),
])
def test_a_planned_floor_area_is_other(nlp, text, kinds):
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == kinds


@pytest.mark.parametrize("text, kinds", [
    # the area after a count of plots is theirs, of the kind their clause names
    ("截至2022年底,5个园区共有闲置土地37宗、面积2146亩。", ["land_use"]),
    ("全年共出让工业和经营性用地18宗、面积1263亩。", ["land_use"]),
    ("发行人拥有土地使用权共计47宗,面积合计5,836.42亩。", ["land_use"]),
    # decoy: a count of other things before an area passes no kind on
    ("全年新建项目18个、面积1263亩。", ["other"]),
])
def test_the_area_of_plots_counted_before_it_is_land_use(nlp, text, kinds):
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == kinds


def test_a_clause_counting_several_zones_before_its_figure_speaks_of_them_together(nlp):
    text = ("蒲城县工业园区2012年工作要点\n\n"
            "孙镇工业集中区完成规划编制,规划面积三点二平方公里。蒲城县工业园区实现工业总产值六十七亿元。\n"
            "孙镇、椿林两个工业集中区到二〇一五年各实现产值十亿元以上。\n"
            "县财政对两个工业集中区的基础设施建设各给予一千万元以奖代补资金。\n"
            "三年来四个园区累计投入基础设施建设资金58.6亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["十亿元以上"] is None and zone_of["一千万元"] is None and zone_of["58.6亿元"] is None
    # decoys: former parks merged into the zone, a zone's own parts after it, and a count inside the goal itself
    text = ("浙江兰溪高新技术产业园区发展报告\n浙江兰溪高新技术产业园区规划面积60平方公里。\n"
            "2018年,三个原园区合计实现规模以上工业总产值412亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["412亿元"] == "浙江兰溪高新技术产业园区"
    text = "西宁经济技术开发区整合东川工业园区和甘河工业园区,形成“一区四园”的发展格局,四个园区规划总面积为89.3平方公里。\n"
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "area"}
    assert zone_of["89.3平方公里"] == "西宁经济技术开发区"


def test_an_answer_whose_question_names_no_zone_is_about_the_interviewees_zone(nlp):
    text = ("昆山:台商「大本营」的转型之路\n\n"
            "  昆山经济技术开发区规划面积115平方公里。花桥经济开发区毗邻上海。昆山高新技术产业开发区聚焦电子信息。\n\n"
            "「昆山不是要赶台商走,而是要陪台商升级」\n\n"
            "  针对台商关心的转型问题,本刊专访了昆山开发区管委会副主任宋建民。\n\n"
            "  问:昆山如何留住台商?\n\n"
            "  答:成本上升是客观事实,我们不回避。今年市政府安排了人民币10亿元的转型升级专项资金。\n\n"
            "  问:台湾中小企业到昆山设厂,土地成本大概是多少?\n\n"
            "  答:开发区工业用地出让价目前每亩约人民币48万元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["人民币10亿元"] == "昆山经济技术开发区" and zone_of["人民币48万元"] == "昆山经济技术开发区"
    # decoy: an answer's second paragraph naming a zone introduces nothing
    text = ("吉林经开区访谈\n\n  吉林经济技术开发区规划面积38平方公里。长春经济技术开发区毗邻。吉林高新技术产业开发区在北。\n\n"
            "  记者:今年经开区的目标是什么?\n"
            "  答:今年的主要预期目标是规模以上工业总产值增长10%。\n"
            "  为了完成这些目标,同时我们正在申报吉林综合保税区,争取年内获批。\n\n"
            "  记者:项目多了,人从哪里来?\n"
            "  答:今年我们拿出3000万元设立人才专项资金。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["3000万元"] != "吉林综合保税区"


def test_in_a_text_on_zones_in_general_a_paragraph_opened_by_one_zone_as_subject_is_its(nlp):
    text = ("全省开发区发展综述\n\n"
            "全省开发区完成工业总产值一万亿元。各开发区加快转型。全市开发区新增用地三千亩。\n\n"
            "具体到各个园区,株洲高新技术产业开发区去年技工贸总收入突破了一千二百个亿。去年引进项目一百零六个,实际到位资金一百三十亿元左右。\n\n"
            "我们要向湘潭高新技术产业开发区学习。去年全年完成投资八十亿元。\n")
    zone_of = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] == "money"}
    assert zone_of["一百三十亿元左右"] == "株洲高新技术产业开发区"
    # decoy: a zone named in the first sentence as one of many, not opening a clause, heads nothing
    assert zone_of["八十亿元"] is None

def test_a_figure_the_words_after_it_call_a_dated_goal_is_one(nlp):
    def goals(text):
        return {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert (2e10, 2025) in goals("2024年5月\n新材料产业规模偏小,2023年产值仅96亿元,距离《规划》提出的2025年新材料产业产值"
                                 "200亿元的目标差距较大。\n")
    assert (5e9, 2023) in goals("2024年5月\n受锂价下行影响,原计划2023年新增产值50亿元的目标未能实现。\n")
    assert (1.65e10, 2017) in goals("2017年6月\n上半年完成固定资产投资98亿元,完成165亿元2017年固定资产投资目标的59.4%。\n")
    # decoys: a proposal not taken up, and a goal the text does not date, are left alone
    assert not goals("2022年5月\n您建议的3000亿元目标,我们将结合实际研究作为努力方向。\n")
    assert not goals("2024年5月\n单位工业增加值能耗三年累计仅下降5.1%,与下降14%的目标差距明显。\n")


def test_funds_a_report_says_were_sought_are_won_not_goals(nlp):
    def money_goals(text):
        return {(m["value"], m["target"]) for m in of(extract(nlp, text)[1], "money")}
    assert (1.36e8, False) in money_goals("2011年1月\n实施国家、省级科技项目143项,争取各类科技项目资金1.36亿元。\n")
    assert (6.8e8, False) in money_goals("2022年10月\n在要素保障方面,全区争取地方政府专项债券资金6.8亿元。\n")
    # decoys: a time to come, or another goal word, makes seeking funds a task
    assert (2e8, True) in money_goals("2021年12月\n全年新建标准化厂房六万平方米,争取地方政府专项债券资金二亿元。\n")
    assert (1.5e8, True) in money_goals("2021年12月\n力争争取上级资金一亿五千万元以上。\n")


def test_what_a_zone_has_now_is_no_goal(nlp):
    def counts(text):
        return {t["value"] for t in of(extract(nlp, text)[1], "target")}
    text = ("2013年3月\n今年,全市工业集中区力争新引进项目三十个。经开区现有规模以上工业企业八十六户,"
            "袜业园现在有织袜企业一千二百多户。\n")
    assert not {86, 1200} & counts(text)
    # decoys: where a change starts from the present stock, the goal is where it ends
    assert 30 in counts("2010年3月\n(四)力争将现有近200个镇级园区整合为30个左右。\n")
    assert 100 in counts("2021年3月\n“十四五”期间,推动规划面积由现有的62平方公里拓展到100平方公里左右。\n")


def test_a_sentence_reporting_a_result_takes_no_goal_from_the_one_before(nlp):
    text = ("2014年7月\n武汉经开区今年计划完成工业总产值3400亿元,力争全年整车产量突破100万辆。"
            "区内的武汉出口加工区实现进出口总额18.6亿美元,同比增长33%。\n"
            "随州经济开发区专用汽车产业集群实现产值95亿元,全年目标是突破200亿元;"
            "咸宁高新区上半年完成固定资产投资41.3亿元,新引进项目27个。\n")
    records = extract(nlp, text)[1]
    assert not {1.86e9, 4.13e9, 27} & {t["value"] for t in of(records, "target")}
    assert {m["value"]: m["year"] for m in of(records, "money")}[1.86e9] == 2014
    # decoy: a sentence after a goal, with no time or comparison of its own, still goes on with it
    text = "2014年7月\n武汉经开区今年计划完成工业总产值3400亿元;新引进项目30个。\n"
    assert 30 in {t["value"] for t in of(extract(nlp, text)[1], "target")}


def test_an_evaluations_recommendations_are_goals_a_petitioners_are_not(nlp):
    def goals(text):
        return {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")}
    text = "2012年8月\n建议湘潭高新区到2015年实现技工贸总收入2000亿元,研发投入占比提高到3%。\n"
    assert {(2e11, 2015), (3, 2015)} <= goals(text)
    # decoys: in a reply to a petitioner the proposal is the petitioner's; recommended grant terms are terms
    text = ("2022年6月\n您提出的《关于推动璧山高新区发展的提案》收悉。您建议到2025年两区电子信息产业营业收入达到"
            "3000亿元。\n")
    assert not goals(text)
    text = "2012年8月\n课题组建议,对入驻软件园的企业,三年内按每平方米每月15元给予房租补贴。\n"
    assert not goals(text)

# Round 22f: the conventions round 22g settled (GUIDE.md, "Decisions taken while annotating").

def money_goal(records, text):
    """(target, year) of the money fact whose text is `text`."""
    [m] = [m for m in of(records, "money") if m["text"] == text]
    return m["target"], m["year"]


@pytest.mark.parametrize("text, figure, expected", [
    # a plan's 保障措施: a sum each year, no year stated → a goal with year null
    ("玉溪市“十四五”开发区高质量发展规划\n(2021—2025年)\n第五章 保障措施\n\n"
     "市级财政每年统筹安排开发区发展专项资金不少于3亿元,重点支持基础设施和公共服务平台建设;\n",
     "不少于3亿元", (True, None)),
    # among a year's tasks: the section's year
    ("2019年3月\n政府工作报告\n二、2019年工作安排\n\n(四)推动开发区高质量发展\n\n"
     "市财政安排开发区发展专项资金1.5亿元,重点用于园区道路、供热、污水管网等基础设施建设;\n",
     "1.5亿元", (True, 2019)),
    # a sum each year over a span reaching past the report's date: the span's last year
    ("2019年5月\n关于推进开发区整合提升的通知\n\n2019—2022年,省级每年安排开发区整合提升专项资金3亿元。\n",
     "3亿元", (True, 2022)),
    # the allocation of a year after the one the report's title reviews
    ("湖南省2020年度园区亩均效益评价报告\n2021年3月\n\n2021年省级园区发展引导基金安排20亿元,重点投向先进制造业项目。\n",
     "20亿元", (True, 2021)),
    # decoys: a standing provision of a policy in force, one reported as made, one of the year reviewed
    ("贵州省人民政府关于加快工业园区建设发展的意见\n2010年2月\n五、加大政策支持力度\n\n"
     "从2010年起,省财政每年安排工业园区发展专项资金两亿元,主要用于园区基础设施建设贷款贴息。\n",
     "两亿元", (False, None)),
    ("2019年3月\n政府工作报告\n二、2019年工作安排\n\n(四)推动开发区高质量发展\n\n"
     "省里安排的开发区发展专项资金3亿元全部用于园区公共平台建设。\n", "3亿元", (False, None)),
    ("2019年5月\n关于开发区发展情况的报告\n\n2016年至2018年,省财政累计安排资金6.5亿元,支持园区基础设施建设。\n",
     "6.5亿元", (False, 2018)),
    ("湖南省2020年度园区亩均效益评价报告\n2021年3月\n\n2020年省级园区发展引导基金安排20亿元,重点投向先进制造业项目。\n",
     "20亿元", (False, 2020)),
])
def test_an_allocation_set_as_something_to_do_is_a_goal(nlp, text, figure, expected):
    assert money_goal(extract(nlp, text)[1], figure) == expected


def test_a_sum_each_year_over_a_span_stated_after_it_is_a_goal_of_the_span(nlp):
    text = ("梧州高新技术产业开发区高质量发展三年行动方案(2023—2025年)\n(六)强化要素保障\n\n"
            "市财政每年安排高新区发展专项资金5000万元,2023年至2025年累计不少于1.5亿元;\n")
    records = extract(nlp, text)[1]
    assert money_goal(records, "5000万元") == (True, 2025)
    assert (5e7, 2025) in {(t["value"], t["year"]) for t in of(records, "target")}


REVIEW_OF_2020 = "湖南省2020年度园区亩均效益评价报告\n湖南省工业和信息化厅\n2021年6月\n\n"


@pytest.mark.parametrize("body, type_, figure, year", [
    # undated results of the year the title reviews
    ("醴陵经济开发区通过“亩均论英雄”改革,收回闲置土地1260亩,引进电瓷电器项目22个。\n", "area", "1260亩", 2020),
    ("宁乡经开区食品饮料产业集群营业收入达到420亿元,新增规模以上工业企业36家。\n", "money", "420亿元", 2020),
    # decoys: a time of the text's own, what a zone is, a rule's condition
    ("目前,开发区食品饮料产业集群产值超过130亿元。\n", "money", "超过130亿元", None),
    ("园区行政区划面积278平方公里,其中中新合作区80平方公里。\n", "area", "278平方公里", None),
    ("亩均税收低于15万元的,不得评为优秀等次。\n", "money", "低于15万元", None),
])
def test_a_result_in_a_report_on_one_years_results_is_of_that_year(nlp, body, type_, figure, year):
    [fact] = [f for f in of(extract(nlp, REVIEW_OF_2020 + body)[1], type_) if f["text"] == figure]
    assert fact["year"] == year


def test_an_assessment_title_naming_no_year_dates_no_result(nlp):
    text = "湖南省园区亩均效益评价报告\n湖南省工业和信息化厅\n2021年6月\n\n宁乡经开区食品饮料产业集群营业收入达到420亿元。\n"
    [fact] = [f for f in of(extract(nlp, text)[1], "money") if f["text"] == "420亿元"]
    assert fact["year"] is None


@pytest.mark.parametrize("text, figure, expected", [
    # a standard for land entering a zone, after a goal word and its land supply goal: no goal, no year
    ("2022年2月\n二、2022年工作安排\n\n新出让工业用地1500亩,确保亩均投资强度不低于每亩350万元。\n", "350万元", (False, None)),
    # a standard for projects entering a zone, in a plan: no goal, no year
    ("临颍县产业集聚区总体规划(2009—2020年)\n九、规划实施保障措施\n\n严格项目准入,新入驻项目投资额一般不低于5000万元,"
     "达不到要求的不予供地。\n", "不低于5000万元", (False, None)),
    # dated by the year it applies from
    ("2021年6月\n\n自2021年起,省级及以上园区新供工业用地投资强度原则上不低于300万元/亩,亩均税收不低于15万元;\n",
     "不低于15万元", (False, 2021)),
    # decoy: a zone's own average tied to a deadline stays a goal
    ("2018年3月\n\n到2020年,开发区亩均投资强度不低于每亩250万元。\n", "250万元", (True, 2020)),
])
def test_a_standard_for_projects_or_land_entering_a_zone_is_no_goal(nlp, text, figure, expected):
    assert money_goal(extract(nlp, text)[1], figure) == expected


def test_a_former_name_mark_glued_to_a_two_character_place_is_no_part_of_the_name(nlp):
    text = ("整合浙江兰溪经济开发区、兰溪市游埠工业园区,设立浙江兰溪经济开发区。"
            "游埠区块(原游埠工业园区)面积7.8平方公里,新碧区块(原新碧工业园区)面积3.8平方公里。\n")
    names = {z["name"] for z in of(extract(nlp, text)[1], "zone")}
    assert "原游埠工业园区" not in names and "原新碧工业园区" not in names
    assert "新碧工业园区" in names
    # decoy: a county named with 原 keeps it (原阳县, 原平市)
    text = "原阳县产业集聚区规划面积12平方公里。原平经济开发区规划面积10平方公里。\n"
    assert {"原阳县产业集聚区", "原平经济开发区"} <= {z["name"] for z in of(extract(nlp, text)[1], "zone")}


def zone_of(records, type_, text):
    [fact] = [f for f in of(records, type_) if f["text"] == text]
    return fact["zone"]


def test_zones_listed_together_without_fenbie_give_their_figure_no_zone(nlp):
    text = ("2021年1月\n万州经济技术开发区工作报告\n\n"
            "高峰工业园、龙都工业园新增工业用地3200亩,九龙工业园完成征地1.6平方公里。\n")
    records = extract(nlp, text)[1]
    assert zone_of(records, "area", "3200亩") is None
    assert zone_of(records, "area", "1.6平方公里") == "九龙工业园"
    # decoy: each figure written straight after its own zone's name is that zone's
    text = "2021年1月\n\n其中璧山高新区2500亩、永川高新区1700亩。\n"
    records = extract(nlp, text)[1]
    assert zone_of(records, "area", "2500亩") == "璧山高新区"
    assert zone_of(records, "area", "1700亩") == "永川高新区"


def test_fenbie_pairs_the_figures_of_its_own_clause_also_for_goals(nlp):
    text = ("2020年12月\n\n到2021年,合肥经济技术开发区、合肥高新技术产业开发区营业收入分别达到3500亿元和3000亿元,"
            "芜湖经济技术开发区营业收入达到2000亿元。\n")
    records = extract(nlp, text)[1]
    assert zone_of(records, "money", "3500亿元") == "合肥经济技术开发区"
    assert zone_of(records, "money", "3000亿元") == "合肥高新技术产业开发区"
    assert zone_of(records, "money", "2000亿元") == "芜湖经济技术开发区"
    targets = {t["value"]: t["zone"] for t in of(records, "target")}
    assert targets[3.5e11] == "合肥经济技术开发区" and targets[3e11] == "合肥高新技术产业开发区"


def test_a_goal_word_governs_the_list_of_kinds_its_clause_ends_in(nlp):
    text = "2015年5月\n保税港区管委会计划今年再引进港资物流、贸易企业30家以上,并与香港贸发局合办推介会。\n"
    assert (30, 2015) in {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")}
    # decoy: after a list item with a figure of its own, the goal word of the first item does not reach the next
    text = "2015年5月\n园区计划今年完成投资五亿元、引进企业30家以上的目标已于上月完成,上月新引进企业12家。\n"
    assert 12 not in {t["value"] for t in of(extract(nlp, text)[1], "target")}


@pytest.mark.parametrize("text, names", [
    # 临空港, the airport area a city names its zone after, is a place inside the name, though jieba cuts 临|空港
    ("武汉临空港经济技术开发区(武汉临空港经开区)上半年完成工业总产值468亿元。", ["武汉临空港经济技术开发区"]),
    # decoy: the bare area with no zone suffix names no zone
    ("加快临空港建设,新增航线12条。", []),
])
def test_the_airport_area_is_a_locality_inside_a_zone_name(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names

def test_a_park_subject_after_a_goal_word_takes_the_clauses_from_its_name_onward(nlp):
    text = ("大庆高新技术产业开发区管委会2023年上半年工作总结和下半年工作安排\n\n(2023年7月12日)\n\n"
            "一、上半年主要工作\n\n大庆高新技术产业开发区(以下简称“大庆高新区”)上半年实现营业收入300亿元。"
            "大庆高新区综合保税区一期通过海关总署验收,围网面积1.26平方公里。\n\n"
            "四、下半年工作安排\n\n下半年,我们将锚定全年目标任务,重点抓好以下工作:\n\n"
            "(五)持续优化营商环境。推进“一网通办”全覆盖,全年新增市场主体4000户以上,力争综合保税区年内实现进出口额10亿元,"
            "组织“政银企”对接活动6场以上,帮助企业融资30亿元。\n")
    records = extract(nlp, text)[1]
    assert zone_of(records, "money", "30亿元") == "大庆高新区综合保税区"
    # the clause before the park's name stays with the section's zone
    assert {t["zone"] for t in of(records, "target") if t["value"] == 4000} == {"大庆高新技术产业开发区"}
    # decoy: a park named as an object (建设…产业园) lends no zone to the clauses after it
    text = ("江门高新技术产业开发区2024年工作报告\n2024年1月\n\n二、2024年工作安排\n\n"
            "江门高新区今年力争营业收入达到2400亿元,建设江门高新区智能制造产业园,引进总投资超100亿元的先进制造业项目2个以上。\n")
    records = extract(nlp, text)[1]
    assert zone_of(records, "money", "超100亿元") != "江门高新区智能制造产业园"

def test_a_zone_named_after_a_city_that_has_a_county_of_its_name_lies_in_the_city():
    from pipeline.regions import by_code, locate_zone
    hunan_city = by_code()["430700"]  # 常德市: a document about another city of the province
    row = locate_zone("长沙经济技术开发区", [hunan_city])
    assert (row["province"], row["city"], row["county"]) == ("湖南省", "长沙市", None)
    # decoy: two same-named districts of two cities of the province (新华区 of 石家庄 and of 沧州) stay unknown
    row = locate_zone("新华工业园", [by_code()["130600"]])  # 保定市
    assert row["province"] is None


@pytest.mark.parametrize("text, names", [
    # partner regions and 协同 lead a park's name, a theme jieba tags a verb (创新) staying inside it
    ("深化与河北廊坊、北京大兴的协作,共建京津冀协同创新产业园,首期规划面积3.2平方公里。", ["京津冀协同创新产业园"]),
    # decoy: a verb of policy after 协同 is no theme of a name
    ("推进京津冀协同发展产业园区建设,首期规划面积3.2平方公里。", []),
])
def test_partner_regions_and_xietong_lead_a_park_name(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_a_layout_list_item_defining_a_short_form_is_read_before_its_bracket(nlp):
    text = ("应城经济开发区总体规划\n开发区实行“一区两园”管理模式,包括城北新材料产业园(以下简称城北园)和长江埠精细化工园区"
            "(以下简称长江埠化工园)。城北园规划面积20平方公里。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert zones["城北新材料产业园"] == ["城北园"] and zones["长江埠精细化工园区"] == ["长江埠化工园"]
    # decoy: a bracket holding no definition still ends the list item, which then needs its own suffix
    text = "应城经济开发区总体规划\n开发区实行“一区两园”管理模式,包括城北片(老城区)和长江埠片(新区)。\n"
    assert set(zones_of(extract(nlp, text)[1])) == {"应城经济开发区"}

@pytest.mark.parametrize("text, type_, name", [
    # OpenCC's s2t writes these places in their old forms (资溪 → 資谿, 兰溪 → 蘭谿), which t2s leaves standing
    ("江西資谿工業園區位於資谿縣城東，規劃面積3.5平方公里，以竹製品加工、綠色食品為主導產業。", "zone", "江西资溪工业园区"),
    ("蘭谿工業園規劃面積4800畝，已入駐企業10家。", "zone", "兰溪工业园"),
    # Hong Kong's form of 衛 (s2hk: 卫浴 → 衞浴)
    ("江門市重點發展五金衞浴、家電產業，全年實現產值120億元。", "industry", "五金卫浴"),
])
def test_variant_characters_t2s_leaves_in_a_traditional_text_are_folded(nlp, text, type_, name):
    assert name in {f["name"] for f in of(extract(nlp, text)[1], type_)}


def test_variant_characters_in_a_simplified_text_stay():
    # decoy: a simplified text keeps its own 谿 and 乾 (a place's and a firm's names); only traditional texts fold
    text = "谿口镇的乾康药业是著名企业。"
    assert normalize_text(text) == text


@pytest.mark.parametrize("text, value, value_max", [
    # a range in Chinese numerals whose high end takes the magnitude in (三百亿): it belongs to the low end too
    ("到2015年，地区生产总值达到二百至三百亿元。", 2e10, 3e10),
    ("单个项目投资一至五亿元。", 1e8, 5e8),
    # a lone digit takes the high end's 千 as well: 三千万 to 五千万
    ("总投资三至五千万元。", 3e7, 5e7),
    ("投资一百五十至二百万元。", 1.5e6, 2e6),
    # decoy: a low end with its own magnitude keeps it
    ("项目投资五千万至一亿元。", 5e7, 1e8),
])
def test_a_chinese_numeral_ranges_magnitude_belongs_to_its_low_end(nlp, text, value, value_max):
    money = of(extract(nlp, text)[1], "money")
    assert [(m["value"], m["value_max"]) for m in money] == [(value, value_max)]


def test_a_lone_chinese_digit_before_yuan_is_still_no_amount(nlp):
    # decoy: 一元化, 二元结构 name no amount, though 一至五亿元 is one
    assert not of(extract(nlp, "推进城乡一元化，打破二元结构。")[1], "money")


# Round 23a: the category of a 其中 sentence's amount, and an OCR copy's figures (tuned on blind 27).
def test_a_qizhong_sentence_amount_takes_the_category_of_the_amount_it_splits(nlp):
    text = "2012年全市开发区力争实际利用外资1.5亿美元。其中，晋中开发区不低于8000万美元。"
    money = {m["value"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert money[8e7] == "investment"


def test_a_qizhong_sentence_after_a_rate_keeps_its_own_category(nlp):
    # decoy: the sentence before ends with a rate per km², no amount the 其中 could split
    text = "单位面积产出为16.8亿元/平方公里。其中，46家国家级开发区合计3240亿元。"
    money = {m["value"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert money[3.24e11] == "other"


@pytest.mark.parametrize("text, repaired", [
    ("完成工业总产值2O6亿元", "完成工业总产值206亿元"),
    ("完成工业总产值l58亿元", "完成工业总产值158亿元"),
    ("专项资金5OOO万元", "专项资金5000万元"),
    ("建成区面积达到1OO平方公里", "建成区面积达到100平方公里"),
    ("到2O15年", "到2015年"),
    ("完成工业总产值8 6 2亿元", "完成工业总产值862亿元"),
    ("实现税收4 1.2亿元", "实现税收41.2亿元"),
    ("固定资产投资累计完成1 2OO亿元", "固定资产投资累计完成1200亿元"),
    ("实现主营业务收入15\n2.7亿元。", "实现主营业务收入152.7亿元。"),
])
def test_an_ocr_copys_figures_are_repaired_before_their_unit(text, repaired):
    assert normalize_text(text) == repaired


@pytest.mark.parametrize("text", [
    "园区实现Wi-Fi全覆盖,建成Mall 5万平方米。",  # Latin words stay as they are
    "引进Hall5亿元项目",  # an l inside a Latin word
    "共建成lO个园区",  # no unit after, no digit among the letters
    "晋中开发区36.8 206亿元",  # table cells: a decimal before the space
    "东川园区12 35亿元",  # table cells: two digits before the space
    "面积\n15\n2.7亿元",  # a figure alone on its line is a cell, not a wrapped figure
])
def test_an_ocr_repair_leaves_latin_text_and_table_cells_alone(text):
    assert normalize_text(text) == text


def test_an_ocr_copys_amounts_are_read(nlp):
    text = "2011年，晋中开发区完成工业总产值2O6亿元，实现税收1 2.3亿元。"
    values = {m["value"] for m in of(extract(nlp, text)[1], "money")}
    assert {2.06e10, 1.23e9} <= values


def test_an_ocr_repair_leaves_a_captions_number_before_its_year():
    # decoy: 表1 2011年 is a table's number and a year, not a figure cut by a space
    assert normalize_text("表1 2011年各园区主要经济指标,表2 35亿元以上项目") == "表1 2011年各园区主要经济指标,表2 35亿元以上项目"


@pytest.mark.parametrize("text", [
    "人民币兑港元汇率波动(本报告汇率:1港元=0.90元人民币)。",
    "本文按100美元=689元人民币折算。",
])
def test_an_exchange_rate_written_as_an_equation_is_no_amount(nlp, text):
    assert of(extract(nlp, text)[1], "money") == []


def test_an_equation_of_other_amounts_keeps_its_amounts(nlp):
    # decoy: a sum and a per-mu figure worked out with = are amounts
    money = {m["value"] for m in of(extract(nlp, "项目总投资5000万元,用地100亩,折合5000万元÷100亩=50万元/亩。")[1],
                                    "money")}
    assert 5e7 in money
    money = {m["value"] for m in of(extract(nlp, "本报告汇率:1港元=0.90元人民币。公司市值为12亿港元。")[1], "money")}
    assert money == {1.2e9}


def test_amount_columns_under_a_money_unit_line_are_read_with_their_rows_kind(nlp):
    text = ("表2问题整改情况(单位:万元)\n问题类别 问题金额 已整改金额 整改率\n"
            "违规出借基金  1,200  1,200  100%\n多计工程款  1,568.42  1,568.42  100%\n合计  2,768.42  2,768.42  100%\n")
    money = sorted((m["value"], m["category"]) for m in of(extract(nlp, text)[1], "money"))
    assert money == [(1.2e7, "financing"), (1.2e7, "financing"), (15684200.0, "investment"),
                     (15684200.0, "investment"), (27684200.0, "other"), (27684200.0, "other")]


def test_amount_columns_with_no_money_unit_are_no_money(nlp):
    # decoy: 金额 columns under a unit line of no currency (a count of cases) hold no amounts
    text = "表3问题统计(单位:个)\n问题类别 问题金额 已整改金额\n违规出借基金  12  12\n多发土地补贴  8  8\n"
    assert of(extract(nlp, text)[1], "money") == []


def test_one_unit_of_area_after_its_price_is_no_area(nlp):
    text = "园区每亩工业用地的配套成本是十二万元,企业拿地只要三万元一亩,差额由财政补足。"
    assert of(extract(nlp, text)[1], "area") == []
    # decoy: an area after an amount and a comma, or of more than one unit, is an area
    areas = {a["value"] for a in of(extract(nlp, "总投资5亿元,一期占地一亩;二期投资3亿元10亩。")[1], "area")}
    assert round(1 / 1500, 6) in {round(v, 6) for v in areas}

@pytest.mark.parametrize("text, year", [
    # a prospectus: the issuer's founding date in its 概况 does not date it; the cover's 签署日期 does
    ("某市开发区建设投资有限公司\n2017年公司债券募集说明书(摘要)\n发行总额:人民币12亿元\n签署日期:二〇一七年六月\n\n"
     "一、发行人概况\n发行人名称:某市开发区建设投资有限公司\n注册资本:人民币十亿元\n成立日期:2008年3月18日\n", 2017),
    ("某园区开发有限公司简介\n成立时间:2009年5月6日\n注册日期:2009-05-06\n", None),
    # decoy: a date labelled as the page's own still dates it
    ("某高新区招商公告\n发布日期:2021年3月5日\n成立日期:2008年3月18日\n", 2021),
])
def test_an_event_date_of_the_issuer_does_not_date_the_document(text, year):
    from extractors.context import document_year

    assert document_year(text) == year


def test_a_prospectus_asset_table_of_past_year_ends_holds_no_goals(nlp):
    text = ("某市开发区建设投资有限公司\n2017年公司债券募集说明书(摘要)\n签署日期:二〇一七年六月\n\n"
            "成立日期:2008年3月18日\n\n表5-1:发行人近三年主要资产情况(单位:万元)\n"
            "项目      2016年末    2015年末    2014年末\n货币资金    186,532.41   124,806.17   98,215.30\n"
            "资产总计    2,486,275.12  2,103,558.40  1,718,094.27\n")
    assert not of(extract(nlp, text)[1], "target")


def test_a_replys_section_of_work_already_done_holds_no_goals(nlp):
    text = ("关于市人大一次会议第0126号代表建议的答复\n刘某代表:\n  您提出的《关于推动我市开发区高质量发展的建议》收悉。现答复如下:\n"
            "  二、已开展的主要工作\n  (五)提升平台功能。全市开发区新建标准化厂房42万平方米。鞍山激光产业园二期建成,"
            "入驻激光企业36家。\n  (六)深化体制改革。精简机构46个,管理人员减少31%。\n")
    assert not of(extract(nlp, text)[1], "target")


def test_a_heading_of_main_work_still_states_goals(nlp):
    # decoy: 主要工作 with nothing marking it done heads the year's tasks
    text = "某高新区2023年工作安排\n二、2023年主要工作\n  新建标准化厂房42万平方米,引进项目36个。\n"
    assert of(extract(nlp, text)[1], "target")


@pytest.mark.parametrize("text, expected", [
    ("到2O15年,", "到2015年,"),
    ("2Ol2年", "2012年"),
    ("比2O1O年下降18%", "比2010年下降18%"),
    # decoys: no year of four characters, or letters that are a formula or a code
    ("CO2年排放", "CO2年排放"),
    ("编号A2O15年", "编号A2O15年"),
])
def test_an_ocr_copys_years_written_with_letters_are_read_as_digits(text, expected):
    # the reader repairs them (repair_ocr_figures), so every rule sees the year
    assert normalize_text(text) == expected


def test_an_ocr_copys_goal_takes_its_deadline_written_with_a_letter_o(nlp):
    text = "某市人民政府关于加快开发区发展的实施意见\n二、发展目标\n到2O15年,全市开发区工业总产值突破2000亿元。\n"
    targets = of(extract(nlp, text)[1], "target")
    assert [(t["value"], t["year"]) for t in targets] == [(2e11, 2015)]


@pytest.mark.parametrize("text", [
    "评级:买入(首次覆盖)  目标价:4.85港元  现价:3.62港元\n",
    "基于每股NAV折让17%,给予目标价4.85港元,对应2020年市盈率11倍。",
])
def test_a_brokers_target_price_is_no_goal(nlp, text):
    assert not of(extract(nlp, text)[1], "target")


def test_a_goal_beside_a_target_price_word_is_still_a_goal(nlp):
    # decoy: 目标 of a zone's plan stays a goal word
    text = "公司目标到2022年亦庄产业园实现租金收入8亿元以上。"
    assert [t["value"] for t in of(extract(nlp, text)[1], "target")] == [8e8]


def test_a_respective_list_over_a_span_of_years_gives_each_figure_its_year(nlp):
    text = "我们预计公司2019-2021年营业收入分别为32.5亿元、39.8亿元、47.2亿元,归母净利润分别为6.3亿元、7.8亿元、9.4亿元。"
    targets = of(extract(nlp, text)[1], "target")
    assert sorted((t["value"], t["year"]) for t in targets) == [
        (6.3e8, 2019), (7.8e8, 2020), (9.4e8, 2021), (3.25e9, 2019), (3.98e9, 2020), (4.72e9, 2021)]


@pytest.mark.parametrize("sentence, figure, year", [
    ("预计2019-2021年营业收入分别为32.5亿元、39.8亿元、47.2亿元。", "39.8", (2020, 2021)),
    ("2023年至2025年每年分别安排5000万元、6000万元、8000万元。", "8000", (2025, 2025)),
    # decoys: a list of two over a span of three years, and figures of zones, not years, after 分别
    ("预计2019-2021年营业收入分别为32.5亿元、47.2亿元。", "47.2", None),
    ("到2025年,甲园区、乙园区产值分别达到100亿元、80亿元。", "80", None),
])
def test_respective_year_pairs_items_with_the_years_of_a_span_only(sentence, figure, year):
    from extractors.context import respective_year

    assert respective_year(sentence, sentence.find(figure)) == year


def test_a_cumulative_clause_carries_an_undated_reports_deadline_on(nlp):
    # no date of the report's own (an OCR copy whose dates are misread): 累计 under 到2015年 sums up the plan
    text = ("某市人民政府关于加快开发区发展的实施意见\n二、发展目标\n到2015年,全市开发区工业总产值突破2000亿元;"
            "固定资产投资累计完成1200亿元;财政收入达到100亿元。\n")
    targets = of(extract(nlp, text)[1], "target")
    assert sorted((t["value"], t["year"]) for t in targets) == [(1e10, 2015), (1.2e11, 2015), (2e11, 2015)]


def test_a_cumulative_clause_after_a_past_deadline_stays_a_result(nlp):
    # decoy: a report dated 2016 summing up to 2015 (a deadline before its year): 累计 is a result
    text = ("某市开发区2015年工作总结\n2016年1月10日\n到2015年底,全市开发区工业总产值达到2000亿元;"
            "固定资产投资累计完成1200亿元。\n")
    assert 1.2e11 not in [t["value"] for t in of(extract(nlp, text)[1], "target")]


def test_an_ocr_copy_is_dated_by_its_signature_written_with_a_letter_o():
    from extractors.context import document_year

    text = "某市人民政府关于加快开发区发展的实施意见\n" + "正文一行。\n" * 8 + "某市人民政府\n2O12年3月16日\n"
    assert document_year(normalize_text(text)) == 2012
    # decoy: letters that make no year of four characters date nothing
    assert document_year(normalize_text("标题\n" + "正文一行。\n" * 8 + "O2O年3月16日\n")) is None


def test_a_date_an_audit_counted_at_is_no_deadline(nlp):
    text = ("某市审计局2018年第3号审计结果公告\n发布时间:2018-09-20\n"
            "2017年市级下达沿海基地的工业发展专项资金5,000万元,至2018年3月审计时仅拨付2,860万元,滞留时间超过6个月。\n")
    assert not of(extract(nlp, text)[1], "target")


def test_a_deadline_before_a_plain_month_is_still_a_deadline(nlp):
    # decoy: 至2019年6月 with no inspection after it is when a goal falls due
    text = "某高新区2018年工作要点\n发布时间:2018-03-20\n至2019年6月,基金投放率达到80%。\n"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(80, 2019)]


def test_an_exchange_rate_written_with_an_equals_sign_is_no_amount(nlp):
    text = "人民币兑港元汇率波动(本报告汇率:1港元=0.90元人民币)。2020年公司到期债务约45亿元。"
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [4.5e9]


def test_a_calculations_premise_is_no_goal_but_what_it_reaches_is(nlp):
    text = "经市发展改革委测算,按年均增长8%计算,2025年可达3000亿元左右。"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(3e11, 2025)]


def test_a_growth_goal_without_a_premise_stays_a_goal(nlp):
    # decoy: 按 … 计算 absent, the rate is the goal
    text = "到2025年,工业总产值年均增长8%以上。"
    assert [(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(8, 2025)]


def test_within_the_year_in_an_undated_texts_list_of_goals_is_the_lists_year(nlp):
    # a yearbook entry (no date of its own): 年内 after 2019年,…力争…; is 2019
    text = ("安顺高新区\n【2019年目标】2019年,高新区力争地区生产总值突破100亿元;新增高新技术企业15家以上;"
            "年内建成标准化厂房20万平方米。\n")
    targets = of(extract(nlp, text)[1], "target")
    assert {t["year"] for t in targets} == {2019}
    assert 0.2 in [t["value"] for t in targets]


def test_within_the_year_after_a_result_clause_is_no_goal_year(nlp):
    # decoy: 年内 after a clause of results names no goal year of a list
    text = "安顺高新区\n2018年,高新区地区生产总值达到88亿元;年内建成标准化厂房20万平方米。\n"
    assert not of(extract(nlp, text)[1], "target")

@pytest.mark.parametrize("text", [
    # a 城投 company named after its zone, with 建设 before 投资 / 开发: the issuer, no mention of the zone
    "毕节市开发区建设投资有限公司2017年公司债券募集说明书",
    "发行人为某某县开发区建设开发有限公司,注册资本5亿元。",
])
def test_a_zone_named_builder_company_is_no_zone(nlp, text):
    assert not zones_of(extract(nlp, text)[1])


def test_a_zone_named_before_its_construction_investment_stays_a_zone(nlp):
    # decoy: 建设投资 of a figure (not a company) after the zone's name still names the zone
    text = "毕节经济开发区建设投资累计完成120亿元。"
    assert "毕节经济开发区" in zones_of(extract(nlp, text)[1])


@pytest.mark.parametrize("text", [
    # an aid programme's parks together: a class of parks, no zone
    "今年一至八月,喀什地区四个援疆产业园新增入园企业八十六家,完成投资九十八点六亿元。",
    "援藏产业园累计完成投资12亿元。",
])
def test_an_aid_programmes_parks_together_are_no_zone(nlp, text):
    assert not zones_of(extract(nlp, text)[1])


def test_an_aid_partners_named_park_stays_a_zone(nlp):
    # decoy: a park named after its partner (深圳) in an aid report is a zone
    text = "喀什深圳产业园规划面积十平方公里,累计投入十九点九一亿元。"
    assert "喀什深圳产业园" in zones_of(extract(nlp, text)[1])


@pytest.mark.parametrize("text, zone", [
    # a park 位于 its host zone: the host only says where the park lies; the sentence's facts are the park's
    ("公司旗舰项目西青智造产业园位于天津滨海高新技术产业开发区(以下简称「滨海高新区」)核心区,规划面积3.2平方公里,"
     "已建成面积1.9平方公里。", "西青智造产业园"),
    ("安顺宝安产业园地处安顺高新技术产业开发区西部,规划面积3平方公里。", "安顺宝安产业园"),
])
def test_a_park_located_in_its_host_zone_keeps_its_sentences_facts(nlp, text, zone):
    areas = of(extract(nlp, text)[1], "area")
    assert areas and all(a["zone"] == zone for a in areas)


def test_two_zones_without_a_verb_of_location_still_share_no_fact(nlp):
    # decoy: two zones joined by 和 (no 位于) leave the figure to neither
    text = "西青智造产业园和天津滨海高新技术产业开发区合计规划面积3.2平方公里。"
    assert [a["zone"] for a in of(extract(nlp, text)[1], "area")] == [None]


@pytest.mark.parametrize("lead", [
    # 公司 after a date or a broker's lead alone still opens its clause as the reporting company
    "上半年公司实现营业收入15.2亿元。",
    "我们预计公司2019年营业收入为32.5亿元。",
    "2019年4月公司成功发行3亿美元高级债券。",
])
def test_the_reporting_companys_figure_after_a_date_is_no_zones(nlp, lead):
    text = "武清经济技术开发区规划面积150平方公里。武清经济技术开发区重点发展电子商务。" + lead
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None]


def test_a_figure_after_a_date_without_the_company_stays_the_zones(nlp):
    # decoy: the same date lead without 公司 leaves the sentence to the document's zone
    text = "武清经济技术开发区规划面积150平方公里。武清经济技术开发区重点发展电子商务。上半年新签约项目18个,协议投资额62亿元。"
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["武清经济技术开发区"]


def test_respective_figures_follow_the_zones_in_the_order_written(nlp):
    # zones found by different rules (a full name with its defined short form, a name seen before) pair with 分别's
    # figures in the order the sentence writes them
    text = ("鞍山经济开发区规划面积20平方公里。海城经济开发区(原海城工业园区)规划面积35.8平方公里。"
            "鞍山高新技术产业开发区(以下简称鞍山高新区)、鞍山经济开发区、海城经济开发区分别实现规模以上工业总产值"
            "512亿元、386亿元、298亿元。")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money == {"512亿元": "鞍山高新技术产业开发区", "386亿元": "鞍山经济开发区", "298亿元": "海城经济开发区"}


def test_respective_figures_fewer_than_the_zones_pair_with_none(nlp):
    # decoy: two figures after three zones pair with no zone
    text = "鞍山高新技术产业开发区、鞍山经济开发区、海城经济开发区分别实现投资512亿元、386亿元。"
    assert {m["zone"] for m in of(extract(nlp, text)[1], "money")} == {None}


def test_a_speakers_caption_gives_the_speech_its_park(nlp):
    # a TV script: the caption line above a speech names the speaker's park; the speech names none
    text = ("(正文)图木舒克市广东工业园规划面积十五平方公里,二〇一四年完成工业总产值三十八点五亿元。\n\n"
            "【同期声】北京和田工业园区管委会主任 刘海涛:\n"
            "我们今年的目标是引进企业二十家,明年工业产值力争达到二十五亿元。\n")
    money = of(extract(nlp, text)[1], "money")
    assert {m["text"]: m["zone"] for m in money}["二十五亿元"] == "北京和田工业园区"


def test_a_speech_naming_its_own_park_keeps_it_under_a_caption(nlp):
    # decoy: a speech whose first sentence names a park is about that park, whatever its caption names
    text = ("(正文)图木舒克市广东工业园规划面积十五平方公里。\n\n"
            "【同期声】北京和田工业园区管委会主任 刘海涛:\n"
            "和田天津工业园明年工业产值力争达到二十五亿元。\n")
    money = of(extract(nlp, text)[1], "money")
    assert [m["zone"] for m in money] == ["和田天津工业园"]


def test_a_project_tables_site_column_gives_the_rows_zone(nlp):
    # a prospectus's project table: the row's 建设地点 cell, not the zone the project's name holds
    text = ("毕节经济开发区(以下简称毕节经开区)辖德溪新能源汽车产业园。\n\n"
            "表5-2:截至2016年末发行人主要在建项目(单位:亿元)\n"
            "序号 项目名称            建设地点        总投资  已投资  建设期\n"
            "1  毕节经开区标准化厂房(三期)   德溪新能源汽车产业园  12.60   8.35   2015-2018\n")
    money = of(extract(nlp, text)[1], "money")
    assert money and {m["zone"] for m in money} == {"德溪新能源汽车产业园"}


def test_a_table_without_a_site_column_keeps_its_rows_zone(nlp):
    # decoy: with no 建设地点 column the row's own zone name stands
    text = ("毕节经济开发区(以下简称毕节经开区)辖德溪新能源汽车产业园。\n\n"
            "表5-2:截至2016年末发行人主要在建项目(单位:亿元)\n"
            "序号  建设单位  总投资  已投资\n"
            "1  德溪新能源汽车产业园  12.60   8.35\n")
    money = of(extract(nlp, text)[1], "money")
    assert money and {m["zone"] for m in money} == {"德溪新能源汽车产业园"}


def test_a_paragraph_opened_by_a_park_in_its_host_is_the_parks(nlp):
    # the paragraph's first sentence names the park and, after 位于, its host: the sentences after it are the park's
    text = ("安顺高新技术产业开发区规划面积58平方公里。\n\n"
            "宝安产业园位于安顺高新技术产业开发区内,规划面积3平方公里。全年实现营业收入6.8亿元,增长12%。\n")
    money = of(extract(nlp, text)[1], "money")
    assert [m["zone"] for m in money] == ["宝安产业园"]


def test_a_paragraph_opened_by_two_zones_together_is_neithers(nlp):
    # decoy: two zones joined by 和 (no 位于) in the first sentence head no paragraph
    text = ("安顺高新技术产业开发区规划面积58平方公里。\n\n"
            "宝安产业园和安顺高新技术产业开发区共建园区,规划面积3平方公里。全年实现营业收入6.8亿元,增长12%。\n")
    money = of(extract(nlp, text)[1], "money")
    assert [m["zone"] for m in money] != ["宝安产业园"]


def test_a_sentence_running_on_past_a_semicolon_keeps_its_first_parts_park(nlp):
    # the park opening the first part (named after the document's zone) names no zone in the part after the
    # semicolon; attribution once failed there with an empty list of names (a 会议纪要 of blind 29)
    text = ("关于白银经济技术开发区发展问题的专题会议纪要\n\n专题研究白银经济技术开发区(以下简称白银经开区)发展中存在的困难和问题。\n\n"
            "七、关于标准化厂房建设问题\n\n白银经开区新材料产业园已建成标准化厂房12.6万平方米,入驻企业28家,出租率为71%;"
            "东区在建标准化厂房3.2万平方米。会议决定:\n")
    areas = of(extract(nlp, text)[1], "area")
    assert [(a["text"], a["zone"]) for a in areas] == [("12.6万平方米", "白银经开区新材料产业园"),
                                                       ("3.2万平方米", "白银经开区新材料产业园")]

def target_values(nlp, text):
    return [(t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")]


def test_a_quoted_land_price_is_no_goal(nlp):
    # a price a market quotes (挂牌价), however goal-like the sentence around it
    text = "开发区力争今年引进项目20个,每亩工业用地挂牌价约15万元。"
    assert (150000.0, "CNY") not in target_values(nlp, text)


def test_a_goal_for_land_sales_beside_a_price_word_stays(nlp):
    # decoy: 挂牌价 in another clause does not touch the goal after it
    text = "园区工业用地按挂牌价出让,力争今年土地出让收入达到15亿元。"
    assert (1500000000.0, "CNY") in target_values(nlp, text)


def test_what_a_goal_would_need_is_no_goal(nlp):
    # a research report's or reply's reckoning of the growth a goal requires
    for text in ("课题组认为,实现上述目标需要年均增长26%以上,难度较大。",
                 "经市发展改革委测算,3500亿元目标需年均增长12%以上,难度较大。"):
        assert not [v for v in target_values(nlp, text) if v[1] == "percent"], text


def test_a_growth_goal_named_as_a_goal_stays(nlp):
    # decoy: the goal itself, stated with 目标 but no 需要
    text = "发展目标:到2015年,园区工业总产值年均增长26%以上。"
    assert (26.0, "percent") in target_values(nlp, text)


def test_the_capacity_of_a_facility_to_build_is_no_goal(nlp):
    # 能力…的 + noun: the size of the facility the plan builds, not a goal quantity
    text = "建议园区开展碳捕集利用示范,近期计划建设一套年捕集能力50万吨的二氧化碳捕集装置。"
    assert (500000.0, "other") not in target_values(nlp, text)


def test_a_capacity_goal_stays(nlp):
    # decoy: a capacity the zone is to reach, with its verb and no noun after 的
    text = "力争到2020年,园区危险废物年处置能力达到50万吨。"
    assert (500000.0, "other") in target_values(nlp, text)


def test_a_count_naming_the_scope_of_a_measure_is_no_goal(nlp):
    # the things a measure covers, all of which are to act: 16个园区要全部…, 在8个开发区全面推行
    for text in ("年底前,全省园区污水集中处理率达到85%以上,未建成污水处理厂的16个园区要全部开工建设。",
                 "今年力争在8个开发区全面推行“标准地+承诺制”。"):
        values = target_values(nlp, text)
        assert (16.0, "count") not in values and (8.0, "count") not in values, text


def test_a_count_of_things_to_build_stays(nlp):
    # decoy: what is counted is the goal's object, no scope word after it
    text = "年底前,力争新建污水处理厂16个,全部投入运行。"
    assert (16.0, "count") in target_values(nlp, text)


def test_a_tally_of_things_meeting_a_bar_is_no_goal(nlp):
    # …的项目有26个: how many projects there are, in a review of a year's plan
    text = "2022年计划新开工项目40个。从建设进度看,年度计划投资完成率超过90%的项目有26个,完成率低于70%的项目有13个。"
    values = target_values(nlp, text)
    assert (26.0, "count") not in values and (13.0, "count") not in values


def test_a_goal_with_there_will_be_stays(nlp):
    # decoy: 将有 (a goal word) before a count and what it counts
    text = "今年全区还将有15个超亿元工业项目集中开工建设。"
    assert (15.0, "count") in target_values(nlp, text)


def test_projects_of_a_year_recorded_with_their_outcome_are_no_goal(nlp):
    # a yearbook records the year's projects and how its plan came out: the count is a result, the planned spend a goal
    text = ("2014年3月1日\n【重点项目】 2014年,高新区实施重点项目86个,年度计划投资150亿元,实际完成投资162.3亿元,"
            "完成年度计划的108.2%。\n")
    values = target_values(nlp, text)
    assert (86.0, "count") not in values
    assert (15000000000.0, "CNY") in values


def test_projects_of_a_years_plan_stay_a_goal(nlp):
    # decoy: the year's plan with no outcome reported
    text = "2014年3月1日\n2014年,高新区共安排重点项目86个,年度计划投资150亿元,目前已完成投资12.3亿元。\n"
    assert (86.0, "count") in target_values(nlp, text)


def test_a_grant_to_the_case_a_clause_names_is_no_goal(nlp):
    # 对…, then 给予 in the figure's clause: a grant's terms, though a span opened the sentence
    text = ("2009年7月1日\n按照部署,省财政在五年内统筹安排约400亿元支持东西两翼和粤北山区发展,对经省认定的产业转移工业园,"
            "每个园区给予5亿元的竞争性扶持资金。\n")
    assert (500000000.0, "CNY") not in target_values(nlp, text)


def test_a_goal_after_a_clause_opening_with_dui_stays(nlp):
    # decoy: 对标 opens a clause, but no grant word stands before the figure
    text = "对标国内先进园区,力争今年引进项目投资50亿元。"
    assert (5000000000.0, "CNY") in target_values(nlp, text)


def test_a_figure_found_wanting_is_no_goal(nlp):
    # 仅有 / 只有 / 仅为 / 不足: a state the writer finds short, though a goal sentence stands before it
    text = "2021年3月1日\n力争今年新增规上企业20家。但也要看到,园区产业层次总体偏低,高新技术企业只有53家。\n"
    values = target_values(nlp, text)
    assert (20.0, "count") in values and (53.0, "count") not in values
    text = "2021年3月1日\n力争今年新增规上企业20家,高新技术企业仅有45家,研发投入占比不到1.5%。\n"
    values = target_values(nlp, text)
    assert (45.0, "count") not in values and (1.5, "percent") not in values


def test_not_only_before_a_goal_keeps_it(nlp):
    # decoy: 不仅 (not only) is no word of shortfall
    text = "2021年3月1日\n力争今年园区不仅新增规上企业20家,还要培育上市企业2家。\n"
    assert (20.0, "count") in target_values(nlp, text)


def test_the_figure_a_goal_is_compared_with_is_no_goal(nlp):
    # 较2020年的…, 比去年实际完成的…: a past time's figure a goal is measured against
    text = "2021年3月1日\n园区计划到2025年产值突破500亿元,较2020年的260亿元接近翻一番。\n"
    values = target_values(nlp, text)
    assert (50000000000.0, "CNY") in values and (26000000000.0, "CNY") not in values
    money = {m["value"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert money[26000000000.0] == 2020
    text = "2021年3月1日\n力争今年完成投资80亿元,比去年实际完成的65亿元增长23%。\n"
    assert (6500000000.0, "CNY") not in target_values(nlp, text)


def test_a_growth_goal_over_last_year_stays(nlp):
    # decoy: 比上年 before a growth rate (no 的 before the figure) states the goal as a rate
    text = "2021年3月1日\n力争今年完成固定资产投资150亿元,比上年增长15%以上。\n"
    assert (15.0, "percent") in target_values(nlp, text)


def test_the_land_a_project_takes_is_no_goal(nlp):
    # 该项目规划用地…, …项目,规划用地…: what the project is, beside the goal of building it
    for text in ("2017年3月1日\n开发区将全力推进总投资超50亿元的中德智能装备产业合作项目,该项目规划用地860亩,预计年内完成投资8亿元。\n",
                 "2022年3月1日\n三年内,鞍山经济开发区将建成菱镁新材料精深加工项目,规划用地3000亩。\n"):
        assert not [v for v in target_values(nlp, text) if v[1] == "km2"], text


def test_a_parks_planned_land_under_a_goal_stays(nlp):
    # decoy: a park's planned land with no project named (the sets count it as a goal)
    text = "2010年3月1日\n到2015年,襄樊高新区汽车零部件配套园规划用地约8平方公里。\n"
    assert (8.0, "km2") in target_values(nlp, text)

def test_a_county_that_is_a_common_word_stays_a_place_after_its_province(nlp):
    # 三门 alone is "three gates" (not_places); after 浙江, whose county it is, it names the zone
    text = "整合浙江三门经济开发区、三门县沿海工业城,设立“浙江三门湾经济开发区”,规划面积26.4平方公里。"
    assert {"浙江三门经济开发区", "浙江三门湾经济开发区"} <= set(zones_of(extract(nlp, text)[1]))


def test_a_common_word_after_a_province_that_holds_no_such_county_names_no_zone(nlp):
    # decoy: 三门 is no county of 河南, so 河南三门经济开发区 is not read as a county's zone
    text = "推动河南三门经济开发区建设。"
    assert "河南三门经济开发区" not in zones_of(extract(nlp, text)[1])


def test_a_verb_jieba_tags_a_noun_ends_a_name_before_it(nlp):
    # 利用 / 投资 are verbs here (jieba: n, vn): no name runs across them
    text = ("中马钦州产业园区(简称中马产业园)规划面积55平方公里。"
            "希望香港企业利用中马产业园「两国双园」平台进入东盟市场。")
    assert set(zones_of(extract(nlp, text)[1])) == {"中马钦州产业园区"}
    assert not zones_of(extract(nlp, "柔佛绿科园只是近年中资在马来西亚投资工业园区的一个缩影。")[1])


def test_a_zone_word_with_investment_in_its_suffix_stays_a_name(nlp):
    # decoy: 台商投资区 is a suffix of its own, 投资 inside it bounds nothing
    assert "厦门海沧台商投资区" in zones_of(extract(nlp, "厦门海沧台商投资区规划面积100平方公里。")[1])


def test_a_park_named_after_its_host_as_a_project_is_named_so(nlp):
    # a project catalogue's title: the park of another kind than its host, named after it, is a zone
    text = "曲靖经济技术开发区(以下简称曲靖经开区)规划面积120平方公里。\n项目八:曲靖经开区冷链物流园项目\n"
    assert "曲靖经开区冷链物流园" in zones_of(extract(nlp, text)[1])


def test_a_project_park_named_after_its_host_gives_its_facts_to_the_host(nlp):
    # the project is built in the host: its sentence's figures stay the host's, not another zone's before it
    text = ("梨树经济开发区规划面积20平方公里。\n双辽经济开发区污水处理厂配套管网工程计划投资3600万元;"
            "梨树经济开发区冷链物流园区项目力争2024年底前完成投资4亿元。")
    money = of(extract(nlp, text)[1], "money")
    assert [m["zone"] for m in money] == ["双辽经济开发区", "梨树经济开发区"]


def test_a_facility_of_the_parks_own_kind_named_as_a_project_is_no_park(nlp):
    # decoy: 公路物流港 in 沁北物流园区 is a logistics facility of the logistics park, a project in it
    text = "沁北物流园区公路物流港项目协议已经草拟。"
    assert "沁北物流园区公路物流港" not in zones_of(extract(nlp, text)[1])


def test_a_great_region_of_the_nation_after_a_title_places_no_zone(nlp):
    # a plan's positioning: 中国 and 西南 place the base in the country, as 国家 does in an honour
    assert not zones_of(extract(nlp, "功能定位:中国西南五金产业基地。")[1])


def test_a_great_region_word_leading_a_parks_own_name_stays(nlp):
    # decoy: with no title before it, 东北 leads a park's name
    assert "东北袜业纺织工业园" in zones_of(extract(nlp, "东北袜业纺织工业园规划面积3平方公里。")[1])


def test_a_free_trade_parts_short_form_joins_the_part_named_in_full(nlp):
    # an interview's 青岛自贸片区 is the 青岛片区 of the Shandong free trade zone, not a zone of its own
    text = ("中国(山东)自由贸易试验区青岛片区(以下简称青岛片区)挂牌三年。"
            "可以关注“青岛自贸片区”微信公众号,每个月都会发布区内企业的招聘信息。")
    zones = zones_of(extract(nlp, text)[1])
    assert set(zones) == {"中国(山东)自由贸易试验区青岛片区"}
    assert "青岛自贸片区" in zones["中国(山东)自由贸易试验区青岛片区"]


def test_a_free_trade_part_named_only_by_its_short_form_is_a_zone(nlp):
    # decoy: with no part named in full, 南沙自贸片区 is the zone's own name
    assert "南沙自贸片区" in zones_of(extract(nlp, "南沙自贸片区规划面积60平方公里。")[1])


def test_a_base_a_plan_makes_a_park_into_is_no_zone(nlp):
    # 打造成为…的临港产业基地: what the park is to become, though 临港 is a place
    text = "到2015年,把滨江工业园打造成为鄂东重要的临港产业基地。"
    assert "临港产业基地" not in zones_of(extract(nlp, text)[1])


def test_a_base_named_after_de_with_no_aim_before_it_stays(nlp):
    # decoy: 位于…的 locates a base; no verb of aim in its clause
    text = "项目位于宁夏的宁东能源化工基地,规划面积3484平方公里。"
    assert "宁东能源化工基地" in zones_of(extract(nlp, text)[1])


def test_a_name_its_bracketed_short_form_spells_out_is_read_whole(nlp):
    # 嘉汇智|造: jieba hides the name behind a verb; the short form 苏州产业园 gives its head and suffix
    text = ("苏州嘉汇智造产业园(「苏州产业园」)位于苏州工业园区东部,毗邻阳澄湖。\n"
            "(一)苏州嘉汇智造产业园\n苏州产业园总建筑面积12万平方米。")
    zones = zones_of(extract(nlp, text)[1])
    assert zones["苏州嘉汇智造产业园"] == ["苏州产业园"]
    assert "苏州产业园" not in zones


def test_a_short_form_after_clause_words_spells_out_no_name(nlp):
    # decoy: 的 between the place and the suffix: no name runs from 苏州 to the bracket
    text = "苏州市区将建设的产业园(「苏州产业园」)面积3平方公里。"
    assert not any(name.startswith("苏州市区") for name in zones_of(extract(nlp, text)[1]))


def test_parks_listed_before_a_count_of_parts_are_zones(nlp):
    # a zone's parts counted with 片区 after them: the second item's town (白海子) is in no place data
    text = "察哈尔工业园区2006年设立,下辖集宁工业区、白海子工业区两个片区。"
    assert {"集宁工业区", "白海子工业区"} <= set(zones_of(extract(nlp, text)[1]))


def test_items_before_a_count_of_parts_that_miscounts_them_are_no_list(nlp):
    # decoy: three items before 两个片区 is no list the count closes
    text = "全县规划了城东工业区、城西工业区、白海子工业区两个片区。"
    assert "白海子工业区" not in zones_of(extract(nlp, text)[1])


def test_a_listed_zone_opening_its_clause_keeps_its_unknown_towns_first_character(nlp):
    # 腾|鳌: jieba reads the town's first character as a verb opening the list
    text = "海城经济开发区实现产值298亿元,腾鳌经济开发区和台安经济开发区两个开发区合计实现176亿元。"
    assert {"腾鳌经济开发区", "台安经济开发区"} <= set(zones_of(extract(nlp, text)[1]))


def test_a_word_opening_a_list_of_parks_stays_out_of_the_first_name(nlp):
    # decoy: 在 opens the list, and the name after it has two characters of its own
    text = "企业主要分布在红星工业园和东风工业园两个园区。"
    names = set(zones_of(extract(nlp, text)[1]))
    assert not any(n.startswith("在") for n in names)


def test_a_trade_jieba_tags_a_verb_stays_inside_a_parks_name(nlp):
    # 制冷 (refrigeration) is the park's trade, not a verb ending the name
    assert "民权制冷产业园" in zones_of(extract(nlp, "我们正在建的民权制冷产业园二期,总投资18亿元。")[1])


def test_a_trade_alone_before_a_suffix_names_no_park(nlp):
    # decoy: no place or proper noun before the trade
    assert not zones_of(extract(nlp, "加快制冷产业园建设。")[1])


def test_a_zones_place_short_form_in_a_list_is_an_alias(nlp):
    # 东兴试验区 in a list of parks is 东兴国家重点开发开放试验区 by its place, not a park of its own
    text = ("东兴国家重点开发开放试验区规划面积1226平方公里。"
            "区内已形成北海出口加工区、防城港经开区、东兴试验区等一批重点园区。")
    zones = zones_of(extract(nlp, text)[1])
    assert "东兴试验区" not in zones and "东兴试验区" in zones["东兴国家重点开发开放试验区"]


def test_a_pilot_zone_word_after_another_place_in_a_list_is_no_alias(nlp):
    # decoy: 凭祥 leads no named zone ending with 试验区: no alias is made of it
    text = ("东兴国家重点开发开放试验区规划面积1226平方公里。"
            "区内已形成北海出口加工区、凭祥试验区等一批重点园区。")
    zones = zones_of(extract(nlp, text)[1])
    assert "凭祥试验区" not in zones["东兴国家重点开发开放试验区"]


def test_a_city_of_the_free_trade_zones_province_names_a_sibling_part(nlp):
    # an interview page's related links name the other parts of the Shandong free trade zone by their cities
    text = ("中国(山东)自由贸易试验区青岛片区(以下简称青岛片区)挂牌四年。\n"
            "· 【对话片区】济南片区:打造科创高地\n· 【对话片区】烟台片区:聚力新旧动能转换\n")
    assert {"济南片区", "烟台片区"} <= set(zones_of(extract(nlp, text)[1]))


def test_a_city_of_another_province_names_no_part(nlp):
    # decoy: 郑州 is in Henan, not a part of the Shandong free trade zone
    text = ("中国(山东)自由贸易试验区青岛片区(以下简称青岛片区)挂牌四年。\n"
            "· 【对话片区】郑州片区:打造枢纽经济\n")
    assert "郑州片区" not in zones_of(extract(nlp, text)[1])

def test_a_total_row_under_a_zones_parks_is_that_zones(nlp):
    # the rows name parks of the zone the text is about: their 合计 sums the zone's own projects
    text = ("长治高新技术产业开发区(长治高新区)下辖光电产业园、装备制造产业园。长治高新区2023年实现营业收入300亿元。\n\n"
            "2024年长治高新区重点项目(单位:亿元)\n"
            "序号 | 项目名称 | 总投资 | 所在园区\n"
            "1 | 第三代半导体封测基地 | 46 | 光电产业园\n"
            "2 | 煤机装备智能制造基地 | 22 | 装备制造产业园\n"
            "合计 | | 68 |\n")
    money = of(extract(nlp, text)[1], "money")
    assert {m["text"]: m["zone"] for m in money}["68"] == "长治高新技术产业开发区"


def test_a_total_row_over_zones_in_their_own_right_is_nones(nlp):
    # decoy: a row names the zone the text is about, so the rows are zones each in its own right: the total has none
    text = ("长治高新技术产业开发区(长治高新区)2023年实现营业收入300亿元。长治高新区规划面积30平方公里。\n\n"
            "表1 各园区投资(单位:亿元)\n"
            "园区 | 总投资 | 已完成投资\n"
            "长治高新区 | 46 | 20\n"
            "长治漳泽工业园区 | 22 | 10\n"
            "合计 | 68 | 30\n")
    money = of(extract(nlp, text)[1], "money")
    assert {m["text"]: m["zone"] for m in money}["68"] is None


def test_a_zones_counted_projects_are_that_zones(nlp):
    # 项目35个 after a zone's name counts the zone's projects: the name is the clause's subject, no project's name;
    # the clauses before it speak of the city's zones together (全市开发区): no zone
    text = ("玉溪高新技术产业开发区规划面积30平方公里。易门工业园区规划面积12平方公里。华宁工业园区规划面积8平方公里。\n\n"
            "“十四五”期间,全市开发区谋划重大项目186个,总投资2860亿元,其中:易门工业园区项目35个、总投资520亿元;"
            "华宁工业园区项目28个、总投资360亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["520亿元"] == "易门工业园区" and money["360亿元"] == "华宁工业园区"
    assert money["2860亿元"] is None


def test_a_park_named_as_a_project_stays_no_subject(nlp):
    # decoy: 项目 with no count after the park's name names a project built in the zone the sentence is about
    text = ("南阳高新技术产业集聚区规划面积30平方公里。\n\n"
            "南阳高新技术产业集聚区今年开工建设汇融物流园区项目,总投资5亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["5亿元"] == "南阳高新技术产业集聚区"


def test_a_demonstrative_names_its_zone_in_a_text_on_zones_in_general(nlp):
    # a text mostly on the city's zones together gives a sentence naming no zone none, but 该园 points back to the
    # park named just before it
    text = ("全市开发区实现营业收入1000亿元。全市开发区新增工业用地2000亩。各开发区新引进项目30个。"
            "德溪新能源汽车产业园规划面积18.5平方公里。该园计划总投资120亿元的新能源汽车整车项目一期已投产。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["120亿元"] == "德溪新能源汽车产业园"


def test_a_bare_park_word_names_no_zone_in_a_text_on_zones_in_general(nlp):
    # decoy: 园区 alone (no demonstrative) in such a text may mean any of the city's parks: none
    text = ("全市开发区实现营业收入1000亿元。全市开发区新增工业用地2000亩。各开发区新引进项目30个。"
            "德溪新能源汽车产业园规划面积18.5平方公里。园区计划总投资120亿元的新能源汽车整车项目一期已投产。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["120亿元"] is None


def test_a_project_tables_zone_column_under_a_dated_header_gives_the_rows_zone(nlp):
    # 所在集聚区 is the project's site, and a year in a header cell (2013年计划投资) is no figure of a row
    text = ("蒙城经济开发区规划面积22平方公里。利辛经济开发区规划面积15平方公里。\n\n"
            "表2产业集聚区2013年部分重大项目表(单位:万元)\n"
            "项目名称|所在集聚区|总投资|2013年计划投资\n"
            "蒙城县江淮汽车零部件产业园|蒙城经济开发区|120000|45000\n"
            "利辛县纺织服装产业园|利辛经济开发区|68000|25000\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["120000"] == "蒙城经济开发区" and money["68000"] == "利辛经济开发区"


def test_a_park_tables_host_column_leaves_the_row_its_park(nlp):
    # decoy: rows that are parks (园区 | 所在开发区): the row's figures are the park's, not its host's
    text = ("西青经济技术开发区规划面积150平方公里。\n\n"
            "表1:公司在营园区一览(截至2018年底)\n"
            "园区 | 所在开发区 | 规划用地 | 2018年收入\n"
            "津海西青智造产业园 | 西青经济技术开发区 | 3,600亩 | 6.4亿元\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["6.4亿元"] == "津海西青智造产业园"


def test_a_paragraph_opened_by_a_zone_keeps_it_until_another_is_named(nlp):
    # in a speech on the city's zones in general, a paragraph opened by a zone as subject speaks of it in the
    # sentences after it, though it names another zone further on
    text = ("全市开发区实现营业收入1000亿元。全市开发区新增工业用地2000亩。各开发区新引进项目30个。\n\n"
            "株洲经济开发区起步晚一些,但势头很好。去年完成固定资产投资六十个亿左右,引进了一批重大项目。"
            "攸县工业集中区发展也很快。去年完成投资三十亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["六十个亿左右"] == "株洲经济开发区"


def test_a_paragraph_opened_by_a_zone_loses_it_after_another_is_named(nlp):
    # decoy: after the paragraph names a second zone, a sentence naming none is no longer the first zone's
    text = ("全市开发区实现营业收入1000亿元。全市开发区新增工业用地2000亩。各开发区新引进项目30个。\n\n"
            "株洲经济开发区起步晚一些,但势头很好。去年完成固定资产投资六十个亿左右,引进了一批重大项目。"
            "攸县工业集中区发展也很快。去年完成投资三十亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["三十亿元"] != "株洲经济开发区"


def test_a_zones_share_or_rank_among_many_keeps_its_figures(nlp):
    # the city's or nation's zones named only as what the zone is measured against (占全市开发区的…, 在…考核中位列…)
    # do not make the zone's own figures theirs
    text = ("苏州工业园区规划面积278平方公里,重点发展生物医药。\n\n"
            "2023年,园区实现地区生产总值3686亿元,在国家级经济技术开发区综合发展水平考核评价中连续八年位列第一。"
            "园区实现营业收入1128亿元,占全市开发区的六成以上。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["3686亿元"] == "苏州工业园区" and money["1128亿元"] == "苏州工业园区"


def test_the_figures_of_many_zones_at_once_stay_theirs(nlp):
    # decoy: the city's zones as the subject (全市开发区实现…), or two parks' sum a figure is a share of: no zone
    text = ("苏州工业园区规划面积278平方公里,重点发展生物医药。\n\n"
            "2023年,全市开发区实现营业收入9000亿元,在全省开发区考核中位列第一。"
            "本次审计抽查了两个园区的重点项目18个,总投资215亿元,占两园区同期在建项目总投资的61%。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["9000亿元"] is None and money["215亿元"] is None


def test_a_numbered_heading_naming_a_zone_opens_its_own_section_after_a_zoneless_one(nlp):
    # 四、多元措施… ended the part on 三、…园区; 五、云林科技工业区… opens its own section and does not give its zone
    # to the zone-less part before it
    text = ("经济部工业局新闻稿\n\n"
            "一、台南科技工业区:光电半导体聚落成形\n台南科技工业区面积约635公顷,上半年新增投资新台币48亿元。\n\n"
            "二、屏东六块厝智慧产业园区:导入5G\n屏东六块厝智慧产业园区开发面积约120.5公顷,总开发经费新台币95亿元。\n\n"
            "四、多元措施协助厂商取得用地\n工业局112年度编列预算新台币12.8亿元,办理工业区道路更新。\n\n"
            "五、云林科技工业区大北势区全数租售完毕\n云林科技工业区大北势区开发面积约151公顷,已完成最后一笔土地出售。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["新台币12.8亿元"] != "云林科技工业区" and money["新台币95亿元"] == "屏东六块厝智慧产业园区"


def test_a_zone_heading_under_a_zoneless_title_still_heads_its_section(nlp):
    # decoy: a document whose first section is no numbered heading's: a zone's heading still gives its section
    # the zone
    text = ("关于园区发展情况的报告\n\n"
            "一、云林科技工业区大北势区全数租售完毕\n云林科技工业区大北势区开发面积约151公顷。今年新增投资新台币12.8亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["新台币12.8亿元"] == "云林科技工业区"


def test_a_target_opening_with_the_reporting_company_is_no_zones(nlp):
    # a broker's note: the goal's own text opens with 公司, the reporting company: its figures, not the park's
    text = ("津海滨海科技园位于天津滨海高新技术产业开发区核心区,规划面积3.2平方公里。\n\n"
            "我们预计公司2019-2021年营业收入分别为32.5亿元、39.8亿元、47.2亿元。\n")
    targets = of(extract(nlp, text)[1], "target")
    assert targets and all(t["zone"] is None for t in targets if t["text"].startswith("公司"))


def test_a_target_of_a_zone_named_in_its_text_keeps_the_zone(nlp):
    # decoy: a goal whose text opens with the zone's name is the zone's
    text = ("津海滨海科技园位于天津滨海高新技术产业开发区核心区,规划面积3.2平方公里。\n\n"
            "到2021年,天津滨海高新技术产业开发区营业收入达到32.5亿元。\n")
    targets = of(extract(nlp, text)[1], "target")
    assert targets and all(t["zone"] == "天津滨海高新技术产业开发区" for t in targets)


def test_a_part_after_the_reporting_companys_figure_is_the_companys(nlp):
    # 其中 opening the part after a semicolon measures a part of what the company's clause before it measured
    text = ("天津滨海高新技术产业开发区规划面积50平方公里。天津滨海高新技术产业开发区重点发展软件和信息服务业。\n\n"
            "2019年中期业绩:上半年公司实现营业收入15.2亿元,同比增长21.3%;其中园区租赁及运营服务收入5.1亿元,首次超过5亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["5.1亿元"] is None


def test_a_part_after_a_zones_figure_is_the_zones(nlp):
    # decoy: after a zone's own figure the part is the zone's
    text = ("津海滨海科技园位于天津滨海高新技术产业开发区核心区,规划面积3.2平方公里。\n\n"
            "上半年天津滨海高新技术产业开发区实现营业收入15.2亿元,同比增长21.3%;其中软件收入5.1亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["5.1亿元"] == "天津滨海高新技术产业开发区"

OCR_TABLE = ("附件\n2011年全市开发区和工业园区主要指标表\n"
             "园区名称    规划面积  工业总产值  固定资产投资  税收\n"
             "        (平方公里) (亿元)    (亿元)     (亿元)\n"
             "晋中开发区    36.8    2O6     62.4      12.3\n"
             "介休经济技术开发区  7 4.2   192     58.9      11.6\n"
             "太谷工业园区   1O.8    1O2     18.6      3.9\n"
             "合 计      {total}    {output}     218.5      41.2\n")


def test_a_unit_line_indented_under_the_figure_columns_leaves_the_row_labels_column_unitless(nlp):
    """The units on the line under the columns' names start under the second name (园区名称 has none): each unit
    goes to the column it stands under, from the first one the line reaches."""
    text = OCR_TABLE.format(total="186.4", output="862")
    records = extract(nlp, text)[1]
    areas = [(a["text"], a["value"], a["kind"]) for a in of(records, "area")]
    assert ("36.8", 36.8, "planned") in areas and ("186.4", 186.4, "planned") in areas
    money = {(m["text"], m["value"], m["category"], m["year"]) for m in of(records, "money")}
    assert {("62.4", 6.24e9, "investment", 2011), ("12.3", 1.23e9, "tax", 2011),
            ("218.5", 2.185e10, "investment", 2011)} <= money
    # decoy: units as many as the names but indented past the first name reach too few columns: no unit header
    text = ("园区名称    规划面积  工业总产值\n"
            "        (平方公里) (亿元)    (亿元)\n"
            "晋中开发区    36.8    206     62.4\n")
    records = extract(nlp, text)[1]
    assert of(records, "area") == [] and of(records, "money") == []


def test_an_ocr_copys_damaged_table_cells_are_read_as_the_print_has_them(nlp):
    """A scanned table's cells with O and l for 0 and 1 (2O6, 1O.8) and a space cut into a figure (7 4.2, where
    the row lines up with its header only by its runs of spaces) are read as the print has them; the text keeps
    what was scanned."""
    text = OCR_TABLE.format(total="186.4", output="862")
    records = extract(nlp, text)[1]
    money = {(m["text"], m["value"]) for m in of(records, "money")}
    assert {("2O6", 2.06e10), ("1O2", 1.02e10), ("192", 1.92e10), ("862", 8.62e10)} <= money
    areas = {(a["text"], a["value"]) for a in of(records, "area")}
    assert {("7 4.2", 74.2), ("1O.8", 10.8)} <= areas
    # decoys: a lone letter is no figure; two figures a single space apart with more than one digit before it are
    # no cut figure
    text = OCR_TABLE.format(total="l", output="86 2")
    records = extract(nlp, text)[1]
    assert not {"l", "86 2"} & {f["text"] for f in records}


@pytest.mark.parametrize("text, repaired", [
    ("“十二五”期间(2O11-2O15年)", "“十二五”期间(2011-2015年)"),
    ("2O12—2O15年,每年安排专项资金", "2012—2015年,每年安排专项资金"),
    ("单个项目奖励1O至2O万元", "单个项目奖励10至20万元"),
])
def test_an_ocr_copys_span_and_range_repair_their_first_end_too(text, repaired):
    """The first end of a span of years or a range of amounts stands before the dash, not the unit: it is repaired
    as the second end is."""
    assert normalize_text(text) == repaired


@pytest.mark.parametrize("text, stored", [
    ("市政发〔2O12〕18号", "市政发〔2O12〕18号"),  # a document number: no unit, no span after it
    ("推广O2O模式", "推广O2O模式"),  # Latin letters around the digit
    ("第lO-2O亿元", "第lO-20亿元"),  # a first end of letters alone: too little to be sure of
])
def test_an_ocr_span_repair_leaves_other_letters_alone(text, stored):
    assert normalize_text(text) == stored


def test_a_spoken_amount_without_yuan_may_follow_its_cue_after_yijing_or_guole(nlp):
    """In speech an amount in 亿 with no 元 after a money cue may have 已经 or 过了 between (技工贸总收入已经超过两千亿了,
    去年产值过了一千亿)."""
    text = "襄阳高新区去年技工贸总收入已经超过两千亿了。高新区的轨道交通装备产业集群,去年产值过了一千亿。"
    assert sorted(m["value"] for m in of(extract(nlp, text)[1], "money")) == [1e11, 2e11]
    # decoys: no money cue before (人口过了一千万), a measure word after (用户已经超过两千亿次)
    text = "全市人口过了一千万。平台收入已经超过两千亿次访问。"
    assert of(extract(nlp, text)[1], "money") == []


def test_kuaiqian_is_a_spoken_yuan_in_the_documents_currency(nlp):
    """两千五百块钱 (a worker's monthly wage in a television script) is an amount as 两千五百元 is, in the currency a
    bare 元 stands for: CNY, or TWD in a text naming 新台币."""
    text = "我在这里上班一个多月了,每个月能拿两千五百块钱,比在家种地强多了。"
    [money] = of(extract(nlp, text)[1], "money")
    assert (money["text"], money["value"], money["currency"]) == ("两千五百块钱", 2500, "CNY")
    text = "园区营业额达新台币8,310亿元。员工每个月能多拿两千五百块钱。"
    assert {m["value"]: m["currency"] for m in of(extract(nlp, text)[1], "money")}[2500] == "TWD"
    # decoys: 块 as a measure word (三块地), a lone Chinese digit before it (一块钱的事)
    text = "园区新出让三块地,这不是一块钱的事。"
    assert of(extract(nlp, text)[1], "money") == []


def test_a_years_intent_may_open_with_the_years_end_as_its_own_clause(nlp):
    """今年底以前,我们要把…再新建二十万平方米: the year's end opening its own clause is the time of the intent that
    follows, as 今年, is."""
    text = "2015年9月21日\n今年底以前,我们要把园区的标准化厂房再新建二十万平方米。"
    records = extract(nlp, text)[1]
    [area] = of(records, "area")
    assert area["target"] and area["year"] == 2015
    assert [(t["value"], t["year"]) for t in of(records, "target")] == [(0.2, 2015)]
    # decoy: the year's end of a span already past (去年底以前) opens no intent
    text = "2015年9月21日\n去年底以前,我们已经新建标准化厂房二十万平方米。"
    assert of(extract(nlp, text)[1], "target") == []


def test_aircraft_and_ships_are_counted_in_goals(nlp):
    """架 and 艘 count aircraft and ships: 形成年产通用飞机50架的能力 is a count goal."""
    text = "安顺民用航空产业园规划到2020年形成年产通用飞机50架的能力,到2022年年造船20艘。"
    goals = [(t["value"], t["unit"], t["year"]) for t in of(extract(nlp, text)[1], "target")]
    assert goals == [(50, "count", 2020), (20, "count", 2022)]
    # decoy: a result, no goal word
    text = "2018年安顺民用航空产业园生产通用飞机12架。"
    assert of(extract(nlp, text)[1], "target") == []


def test_taiwans_cubic_metre_is_a_goal_unit(nlp):
    """立方公尺 is Taiwan's 立方米 (as 平方公尺 is its 平方米): a capacity goal in it is of unit other."""
    text = "工业区计划2025年日供水能力达到10万立方公尺。"
    assert [(t["value"], t["unit"], t["year"]) for t in of(extract(nlp, text)[1], "target")] == [(1e5, "other", 2025)]
    # decoy: a capacity now, no goal cue
    text = "工业区现有日供水能力3万立方公尺。"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_figure_in_a_clause_stating_a_year_after_the_reports_is_a_goal(nlp):
    """A 2010 plan's 2012年日供水能力达到5万立方米 (no goal word): a year still ahead of the report's date, stated in the
    figure's own clause, makes it what is to be by then."""
    text = ("临颍县产业集聚区总体规划\n二〇一〇年三月\n\n"
            "7.2给水:近期扩建第一水厂,新建第二水厂,2012年日供水能力达到5万立方米,2020年达到10万立方米。\n")
    goals = sorted((t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target"))
    assert goals == [(5e4, 2012), (1e5, 2020)]
    # decoys: a debt falling due in a later year is no goal; nor a year before the report's
    text = ("发行人偿债能力分析\n二〇一八年三月\n\n发行人2019年到期有息债务18.6亿元。\n"
            "2016年日供水能力达到5万立方米。\n")
    records = extract(nlp, text)[1]
    assert of(records, "target") == [] and not any(m["target"] for m in of(records, "money"))


def test_a_planned_area_a_verb_says_is_to_reach_takes_its_lists_goal(nlp):
    """三个园中园的“十二五”目标是:…;食品园规划面积达到八平方公里: the goal the list carries past the ';' reaches a planned
    area its own verb says is to reach (达到, 扩大到, 调整为), as it reaches the list's other figures."""
    text = ("三个园中园的“十二五”目标是:化工园规划面积达到二十平方公里,力争引进下游配套项目二十个以上;"
            "食品园规划面积达到八平方公里,建设渭北果品加工基地;建材园规划面积达到六平方公里,水泥产能控制在六百万吨以内。")
    records = extract(nlp, text)[1]
    assert {(a["value"], a["target"], a["year"]) for a in of(records, "area")} == {
        (20, True, 2015), (8, True, 2015), (6, True, 2015)}
    assert {t["value"] for t in of(records, "target") if t["unit"] == "km2"} == {20, 8, 6}
    # decoy: a planned area with no verb is what the zone is, even inside a goal list
    text = "三个园中园的“十二五”目标是:化工园产值突破二百亿元;食品园规划面积八平方公里,建设渭北果品加工基地。"
    [area] = of(extract(nlp, text)[1], "area")
    assert (area["target"], area["year"]) == (False, None)

def test_an_industry_keeps_the_role_and_text_of_its_first_mention_as_the_zones(nlp):
    # GUIDE (2026-12-07): 主导产业 after a first 重点布局 leaves the fact planned, its text the first mention
    text = ("玉溪高新技术产业开发区规划面积24.8平方公里,重点布局生物医药和先进装备制造。\n"
            "主导产业:做强生物医药、先进装备制造、数字经济三大主导产业。\n")
    found = [(r["name"], r["role"], r["start"]) for r in of(extract(nlp, text)[1], "industry")]
    assert {(n, r) for n, r, _ in found} == {("生物医药", "planned"), ("先进装备制造", "planned"), ("数字经济", "leading")}
    assert [s for n, _, s in found if n == "生物医药"] == [text.index("生物医药")]
    # decoy: the same names for another zone are that zone's, with their own first role
    text = ("玉溪高新技术产业开发区重点布局生物医药。易门工业园区以生物医药为主导产业。\n")
    roles = {(r["name"], r["zone"], r["role"]) for r in of(extract(nlp, text)[1], "industry")}
    assert ("生物医药", "易门工业园区", "leading") in roles


def test_an_industry_in_a_bases_title_the_zone_holds_is_no_mention(nlp):
    # 国家火炬…特色产业基地 is a title a zone was given: its 特色产业 names no industry of the zone
    text = ("沧州高新技术产业开发区先后获评国家火炬沧州生物医药特色产业基地、河北省新型工业化产业示范基地。"
            "园区以生物医药、新材料为主导产业。\n")
    found = of(extract(nlp, text)[1], "industry")
    assert {(r["name"], r["role"]) for r in found} == {("生物医药", "leading"), ("新材料", "leading")}
    # decoy: 特色产业 closing a list with no base after it still names the industries
    text = "沧州高新技术产业开发区形成了生物医药、新材料等特色产业。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"生物医药", "新材料"}


def test_a_by_with_list_wrapped_before_its_wei_in_a_pdf_line(nlp):
    # a PDF's line ends inside 以…为: the sentence goes on in the next line and the list is the zone's key industries
    text = ("西宁经济技术开发区2012年工作安排\n(二)强化招商引资。以光伏、新材料、有色冶金、盐湖化工、藏毯绒纺和生物医药\n"
            "为重点产业开展专题招商,全年力争签约项目100个。\n")
    found = {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")}
    assert found == {(n, "planned") for n in ("光伏", "新材料", "有色冶金", "盐湖化工", "藏毯绒纺", "生物医药")}


def test_a_line_opened_by_wei_ends_the_sentence_before_it_unless_a_by_with_frame_is_open():
    from pipeline.segmenting import split_sentences
    text = "园区以光伏和新材料\n为重点产业"
    assert [text[a:b] for a, b in split_sentences(text)] == [text]
    # decoys: 以上 is no frame; a line opened by 为 after a closed clause is a new sentence
    for text in ("新增投资亿元以上项目\n为加快建设", "开发区以光伏为主导产业\n为加快发展"):
        assert len(split_sentences(text)) == 2


def test_a_bare_industrial_chain_names_no_industries(nlp):
    # the products a chain is extended to are no industries; the cluster cue before 产业链招商 gives the role
    text = "介休经济技术开发区重点发展新型煤化工,延伸焦炉煤气制甲醇、乙二醇产业链。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"新型煤化工"}
    text = "大庆高新技术产业开发区围绕化工新材料、高端装备制造和新能源三大产业集群开展产业链招商。\n"
    found = {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")}
    assert found == {("化工新材料", "cluster"), ("高端装备制造", "cluster"), ("新能源", "cluster")}
    # decoy: chains counted (三大产业链) are still the zone's planned industries
    text = "高新区聚焦集成电路、生物医药、人工智能三大产业链。\n"
    assert {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")} == {
        ("集成电路", "planned"), ("生物医药", "planned"), ("人工智能", "planned")}


def test_a_list_ends_at_the_nearest_cue_and_overlapping_cues_read_as_one(nlp):
    text = "大庆高新技术产业开发区围绕化工新材料、高端装备制造和新能源三大产业集群开展产业链招商。\n"
    assert {r["role"] for r in of(extract(nlp, text)[1], "industry")} == {"cluster"}
    # decoy: 优势产业集群 is one cue, a cluster's, not 优势产业 and a stray 集群
    text = "全省开发区已培育形成电子信息、装备制造、饮料食品等三大优势产业集群。\n"
    assert {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")} == {
        ("电子信息", "cluster"), ("装备制造", "cluster"), ("饮料食品", "cluster")}


def test_assembly_is_a_trade_in_an_industrys_name(nlp):
    text = "深圳产业园以纺织服装、电子产品组装和农副产品加工为主导产业,吸纳当地就业一万二千人。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"纺织服装", "电子产品组装", "农副产品加工"}


def test_zhongdian_zhuahao_opens_a_list_of_two_or_more(nlp):
    text = "明年我们要重点抓好纺织服装和电子产品组装这两个劳动密集型产业。\n"
    assert {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")} == {
        ("纺织服装", "planned"), ("电子产品组装", "planned")}
    # decoy: 重点抓好 before a list of tasks names no industry
    assert of(extract(nlp, "高新区今年重点抓好以下工作:一是加快基础设施建设。\n")[1], "industry") == []


def test_hydraulics_is_a_known_industry_beside_which_a_list_is_taken(nlp):
    text = "榆次工业园区重点发展液压、纺织机械;平遥工业园区重点发展牛肉食品和现代物流。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"液压", "纺织机械", "牛肉食品", "现代物流"}


def test_two_halves_joined_by_yu_are_one_name_the_document_writes_whole(nlp):
    text = ("鞍山高新区以工业自动化与智能装备、软件和信息服务、激光为主导产业。"
            "到2025年鞍山高新区工业自动化与智能装备产业集群产值达到500亿元。\n")
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"工业自动化与智能装备", "软件和信息服务", "激光"}
    # decoy: with no whole name elsewhere, the cluster's two halves stay two
    text = "到2025年鞍山高新区工业自动化与智能装备产业集群产值达到500亿元。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"工业自动化", "智能装备"}


def test_logistics_heads_a_kind_of_industry_and_a_market_is_none(nlp):
    text = "临颍商贸物流园规划面积2.1平方公里,重点发展冷链物流、食品物流和专业市场。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"冷链物流", "食品物流"}


def test_a_sentence_opened_by_a_numbered_industry_heading_lists_its_sub_sectors(nlp):
    # (4)现代物流: heads the industry's paragraph, 产业 or not: the lists after it are its sub-sectors (GUIDE)
    text = "临颍县产业集聚区规划\n(4)现代物流:依托京港澳高速和京广铁路,规划发展农产品冷链物流、食品物流和区域分拨配送。\n"
    assert of(extract(nlp, text)[1], "industry") == []
    # decoy: a numbered task heading that names no industry leaves the list the zone's
    text = "临颍县产业集聚区规划\n(4)招商引资:重点发展冷链物流、食品物流。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"冷链物流", "食品物流"}


def test_bioengineering_is_an_industry_though_gongcheng_ends_tasks(nlp):
    text = "南宁高新区:规划面积86平方公里,主导产业为电子信息、生物工程、汽车零部件。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"电子信息", "生物工程", "汽车零部件"}
    # decoy: a task ending in 工程 is still none
    text = "南宁高新区主导产业为电子信息、强基工程。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"电子信息"}


def test_a_verbs_one_character_result_opens_no_name(nlp):
    # jieba cuts 做大做强 as 做|大|做|强: 强 is the verb's result, not an adjective of 袜业纺织
    text = "第二,袜业园要做大做强袜业纺织产业集群。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"袜业纺织"}
    # decoy: an adjective opening the name itself stays (高端装备制造 after a verb of two characters)
    text = "园区要加快发展高端装备制造产业集群。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"高端装备制造"}


def test_zuowei_and_liewei_before_a_cue_end_a_list_as_wei_does(nlp):
    text = "沭阳经济技术开发区把新能源、新材料、生物医药作为战略性新兴产业加快培育。\n"
    assert {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")} == {
        ("新能源", "planned"), ("新材料", "planned"), ("生物医药", "planned")}
    text = "银川经济技术开发区将装备制造、新材料列为主导产业。\n"
    assert {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")} == {
        ("装备制造", "leading"), ("新材料", "leading")}
    # decoy: the plain copula still closes its list as before
    text = "开发区以纺织为主,电子信息、化工为其支柱产业。\n"
    assert {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry") if r["role"] == "pillar"} == {
        ("电子信息", "pillar"), ("化工", "pillar")}


def test_items_named_as_clusters_in_a_by_with_frame_are_clusters(nlp):
    text = "后里园区则以光电产业聚落及精密机械产业聚落为主,形成中台湾重要的精密机械产业链。\n"
    assert {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")} == {
        ("光电", "cluster"), ("精密机械", "cluster")}
    # decoy: plain items keep the cue's role
    text = "后里园区以光电及精密机械为主。\n"
    assert {(r["name"], r["role"]) for r in of(extract(nlp, text)[1], "industry")} == {
        ("光电", "leading"), ("精密机械", "leading")}


def test_a_count_after_a_list_says_its_deng_closes_no_list(nlp):
    text = "合作区重点发展科技研发和高端制造、中医药等澳门品牌工业、文旅会展商贸及现代金融四大新产业。\n"
    names = {r["name"] for r in of(extract(nlp, text)[1], "industry")}
    assert {"科技研发和高端制造", "文旅会展商贸", "现代金融"} <= names and "中医药" not in names
    # decoy: with no count, 等 closes the list after its cue
    text = "合作区重点发展生物医药、新材料等产业,推进文旅会展商贸发展。\n"
    assert {r["name"] for r in of(extract(nlp, text)[1], "industry")} == {"生物医药", "新材料"}


def test_the_capacity_of_a_facility_to_build_with_no_count_is_the_goal(nlp):
    # GUIDE: to build what has a capacity (建成年吞吐能力500万吨的多式联运枢纽) makes the capacity a goal; only a count of
    # the facility (一套, 1座) makes the capacity its size (the test above)
    text = "到2015年,园区将建成日处理能力3万吨的污水处理厂,配套管网40公里。"
    assert (30000.0, "other") in target_values(nlp, text)


def test_a_name_never_runs_across_a_word_of_reference(nlp):
    # an encyclopedia's disambiguation line: the short form before 一般指 is an alias of the name after it
    zones = zones_of(extract(nlp, "银川经开区一般指银川经济技术开发区")[1])
    assert zones == {"银川经济技术开发区": ["银川经开区"]}


def test_a_park_named_after_its_host_zone_keeps_its_qualifier(nlp):
    # decoy: a qualifier with no word of reference still names the host's park
    zones = zones_of(extract(nlp, "海口高新区药谷工业园规划面积3平方公里。")[1])
    assert "海口高新区药谷工业园" in zones


@pytest.mark.parametrize("text, zone", [
    ("银川经济技术开发区宁东片区规划面积8.5平方公里。", "银川经济技术开发区"),
    ("平罗工业园区太沙片区2024年计划投资12亿元。", "平罗工业园区"),
    ("海口高新区美安片区规划面积10平方公里。", "海口高新区"),
])
def test_a_zones_part_named_with_pianqu_is_the_zones(nlp, text, zone):
    records = extract(nlp, text)[1]
    assert list(zones_of(records)) == [zone]
    assert {f["zone"] for f in records if f["type"] != "zone"} == {zone}


def test_a_free_trade_zones_pianqu_is_a_zone(nlp):
    # decoy: a free trade zone's 片区 is set up as a zone of its own
    zones = zones_of(extract(nlp, "中国(河南)自由贸易试验区郑州片区规划面积73.17平方公里。")[1])
    assert list(zones) == ["中国(河南)自由贸易试验区郑州片区"]


def test_a_citys_economic_zone_named_by_its_own_place(nlp):
    # traditional script as a Hong Kong paper writes it; the short form defined after it is an alias
    _, records = extract(nlp, "大連花園口經濟區(下稱花園口)2015年完成投資50億元。花园口经济区规划面积208平方公里。")
    assert zones_of(records) == {"大连花园口经济区": ["花园口", "花园口经济区"]}
    assert {f["zone"] for f in records if f["type"] != "zone"} == {"大连花园口经济区"}


@pytest.mark.parametrize("text", [
    "兰州经济区包括安宁、西固、红古三区。",  # a city's region, no place of its own after the city
    "推动北部湾经济区与滇中城市群合作。",  # an economic region of several cities
    "加快建设中原经济区,鄱阳湖生态经济区投资10亿元。",
])
def test_economic_regions_are_no_zones(nlp, text):
    assert of(extract(nlp, text)[1], "zone") == []


def test_an_operators_brand_before_its_parks_places_is_part_of_their_names(nlp):
    text = ("(一)中智松江科创园\n中智松江科创园占地面积约639亩。2021年,松江科创园实现租金收入人民币3.86亿元。\n"
            "(二)中智海口生物医药产业园\n海口生物医药产业园总投资人民币8亿元。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert zones == {"中智松江科创园": ["松江科创园"], "中智海口生物医药产业园": ["海口生物医药产业园"]}


def test_one_park_led_by_a_word_is_no_sign_of_a_brand(nlp):
    # decoy: a word opening one park's name only stays out of it
    zones = zones_of(extract(nlp, "(一)重点松江科创园\n松江科创园占地面积约639亩。\n")[1])
    assert "松江科创园" in zones and not any(name.startswith("重点") for name in zones)


def test_a_settlements_tail_jieba_cuts_off_stays_in_its_place(nlp):
    text = "研究河西堡化工循环经济产业园(以下简称河西堡园区)发展问题。河西堡园区闲置土地186亩。"
    _, records = extract(nlp, text)
    assert zones_of(records) == {"河西堡化工循环经济产业园": ["河西堡园区"]}
    assert [a["zone"] for a in of(records, "area")] == ["河西堡化工循环经济产业园"]


def test_a_settlement_tail_alone_names_nothing(nlp):
    # decoy: the tail with no place before it is no town
    assert of(extract(nlp, "推进堡产业园建设。")[1], "zone") == []


SLIDES = ("海口综合保税区招商推介\n2024年3月\n1\n02园区概况\n海口综合保税区规划面积1.93平方公里\n"
          "● 2023年实现进出口总额525亿元\n4\n05周边园区协同\n澄迈老城经济开发区(老城开发区)\n● 规划面积48.3平方公里\n10\n"
          "06合作机会|重点招商项目\n● 保税航材分拨中心3亿元\n● 三年内新增入区企业500家\n11\n")


def test_a_slide_on_a_neighbouring_park_does_not_run_on_into_the_next_slide(nlp):
    money = of(extract(nlp, SLIDES)[1], "money")
    assert {m["text"]: m["zone"] for m in money}["3亿元"] == "海口综合保税区"


def test_numbers_alone_on_lines_outside_a_deck_open_no_slide(nlp):
    # decoy: two lone numbers (a table's page and a footnote) are no deck: the park's section runs on
    text = ("海口综合保税区规划面积1.93平方公里。\n\n澄迈老城经济开发区(老城开发区)\n规划面积48.3平方公里。\n10\n"
            "园区配套\n数字经济营收380亿元。\n11\n")
    money = of(extract(nlp, text)[1], "money")
    assert [m["zone"] for m in money] == ["澄迈老城经济开发区"]


MINUTES = ("关于金昌经济技术开发区发展问题的专题会议纪要\n\n"
           "一、关于园区基础设施建设资金缺口问题\n\n"
           "会议指出,金昌经开区规划面积60.82平方公里,道路等项目仍有资金缺口。会议决定:\n"
           "(一)由市财政局牵头,年内统筹安排园区基础设施建设资金一亿二千万元。\n\n"
           "二、关于闲置土地处置问题\n\n"
           "经核查,金昌经开区闲置土地420亩,河西堡化工循环经济产业园闲置土地186亩。会议决定:\n"
           "(一)由市国土资源局牵头,对闲置土地依法收回。\n"
           "(二)今后新入园工业项目亩均税收不低于10万元。\n")


def test_a_minutes_decision_is_about_the_zone_its_lead_in_names(nlp):
    money = of(extract(nlp, MINUTES)[1], "money")
    assert {m["text"]: m["zone"] for m in money} == {"一亿二千万元": "金昌经济技术开发区", "不低于10万元": None}


def test_a_numbered_item_with_no_decision_lead_in_keeps_its_section(nlp):
    # decoy: numbered items under a lead-in that is no meeting's decision stay the section's zone
    text = ("金昌经济技术开发区2016年工作要点\n\n金昌经开区规划面积60.82平方公里,河西堡园区闲置土地186亩。主要任务如下:\n"
            "(一)年内统筹安排园区基础设施建设资金一亿二千万元。\n")
    money = of(extract(nlp, text)[1], "money")
    assert [m["zone"] for m in money] == ["金昌经济技术开发区"]


PROSPECTUS = ("宁夏瑞晶新材料股份有限公司  招股说明书(申报稿)\n\n一、募集资金运用概况\n\n"
              "本次发行募集资金将投资于年产3万吨多晶硅项目,项目总投资86,500.00万元。\n\n"
              "二、项目概况\n\n项目建设地点位于石嘴山高新技术产业开发区(以下简称“石嘴山高新区”)。"
              "石嘴山高新区规划面积50.4平方公里。\n\n本项目铺底流动资金7,240.00万元。\n")


def test_a_company_documents_figures_before_it_names_its_zone_are_the_companys(nlp):
    money = of(extract(nlp, PROSPECTUS)[1], "money")
    assert {m["text"]: m["zone"] for m in money} == {"86,500.00万元": None, "7,240.00万元": "石嘴山高新技术产业开发区"}


def test_a_zones_report_keeps_its_zone_before_naming_it(nlp):
    # decoy: the same text without a company's title is the zone's document throughout
    text = PROSPECTUS.replace("宁夏瑞晶新材料股份有限公司  招股说明书(申报稿)", "石嘴山高新区项目简介")
    money = of(extract(nlp, text)[1], "money")
    assert {m["zone"] for m in money} == {"石嘴山高新技术产业开发区"}


PAPER = ("学术期刊 > 经济地理 > 2020年第8期\n黑龙江省开发区土地利用效率测度及影响因素研究\n"
         "摘 要:大庆高新技术产业开发区效率值较高。大庆高新区亩均税收为28万元。大庆高新区投资强度较高。\n"
         "五、结论与建议\n第二,强化资金保障。建议设立规模50亿元的开发区产业投资基金。\n")


def test_a_papers_title_under_a_breadcrumb_makes_it_about_the_provinces_zones(nlp):
    money = of(extract(nlp, PAPER)[1], "money")
    assert {m["text"]: m["zone"] for m in money}["50亿元"] is None


def test_a_breadcrumb_over_one_zones_title_keeps_the_zone(nlp):
    # decoy: under the breadcrumb the title names the zone: the document is the zone's
    text = PAPER.replace("黑龙江省开发区土地利用效率测度及影响因素研究", "大庆高新区土地利用效率研究")
    money = of(extract(nlp, text)[1], "money")
    assert {m["text"]: m["zone"] for m in money}["50亿元"] == "大庆高新技术产业开发区"


def test_a_zones_park_named_by_its_district_and_a_bare_yuan(nlp):
    text = "项目选址于南平工业园区延平园(以下简称延平园);项目计划总投资5亿元。延平园规划面积3平方公里。"
    _, records = extract(nlp, text)
    assert zones_of(records) == {"南平工业园区延平园": ["延平园"]}
    assert [a["zone"] for a in of(records, "area")] == ["南平工业园区延平园"]


def test_a_bare_yuan_after_a_zone_and_a_common_word_names_no_park(nlp):
    # decoy: 配套 is no place: 南平工业园区 stays the name (配套园 a common word)
    zones = zones_of(extract(nlp, "南平工业园区配套园,规划面积3平方公里。")[1])
    assert list(zones) == ["南平工业园区"]


def test_a_preposition_before_a_nation_pair_stays_out_of_the_name(nlp):
    # 以 is Israel's short form too, but 中俄 holds its pair already
    zones = zones_of(extract(nlp, "王欣(2019)以中俄边境合作区为对象,发现黑河边境经济合作区效率较高。")[1])
    assert not any(name.startswith("以") for name in zones)


def test_a_nation_before_a_bracketed_places_name_leads_it(nlp):
    zones = zones_of(extract(nlp, "园区包括中国图们江区域(延吉)食品产业园,占地3600亩。")[1])
    assert "中国图们江区域(延吉)食品产业园" in zones


def test_a_bracketed_places_name_without_a_nation_keeps_its_start(nlp):
    # decoy: no nation before the place: the name starts at the place
    zones = zones_of(extract(nlp, "全力推进中山(河源)产业转移工业园建设。")[1])
    assert list(zones) == ["中山(河源)产业转移工业园"]


THREAD = ("想在长三角开个五金加工厂,哪个园区合适?\n目前在看上海松江经济技术开发区和太仓港经济技术开发区。\n\n"
          "【回答1】老周\n松江经开区工业用地挂牌价一亩要90万元左右。松江经开区门槛高。\n\n"
          "【回答2】Lisa在太仓\n推荐太仓港经济技术开发区(太仓港区),德企扎堆。\n"
          "补贴方面:新设外资企业注册资本超500万美元的,区里给最高100万元的奖励。\n\n"
          "【回答3】松江土著\n松江经开区去年规上工业总产值是2600亿元左右。\n")


def test_a_forum_post_on_another_zone_does_not_take_the_threads_zone(nlp):
    money = of(extract(nlp, THREAD)[1], "money")
    assert {m["text"]: m["zone"] for m in money}["100万元"] == "太仓港经济技术开发区"


def test_two_bracketed_headings_make_no_thread(nlp):
    # decoy: fewer than three post headings make no thread: no post's section gives 太仓港 its figures
    text = THREAD.replace("【回答3】松江土著", "松江土著")
    money = of(extract(nlp, text)[1], "money")
    assert {m["text"]: m["zone"] for m in money}["100万元"] != "太仓港经济技术开发区"


def test_a_nation_pairs_border_city_and_its_partners_city_name_one_zone(nlp):
    text = "中俄双方正在商讨共建中俄黑河—布拉戈维申斯克跨境经济合作区,中方区域规划面积20平方公里。"
    assert list(zones_of(extract(nlp, text)[1])) == ["中俄黑河—布拉戈维申斯克跨境经济合作区"]


def test_two_places_joined_by_a_dash_without_a_nation_pair_are_no_pair(nlp):
    # decoy: with no nation pair before it the dash joins two places, and the name starts after it
    zones = zones_of(extract(nlp, "黑河—布拉戈维申斯克跨境经济合作区规划面积20平方公里。")[1])
    assert not any(name.startswith("黑河") for name in zones)


def test_a_ports_district_cut_by_jieba_stays_one_place(nlp):
    zones = zones_of(extract(nlp, "太仓港经开区里面还有个太仓港区新材料产业园,之前叫化工园。")[1])
    assert "太仓港区新材料产业园" in zones


def test_the_latter_points_back_to_the_last_zone_named(nlp):
    text = ("大连花园口经济区2015年工业总产值87.6亿元。\n部分港商已转投同属大连的长兴岛经济区(大连长兴岛经济区)。"
            "后者主打石化和船舶,2015年实现工业总产值约620亿元。\n")
    money = of(extract(nlp, text)[1], "money")
    assert {m["text"]: m["zone"] for m in money} == {"87.6亿元": "大连花园口经济区", "约620亿元": "大连长兴岛经济区"}


def test_a_count_of_places_before_a_zone_word_names_no_zone(nlp):
    text = "截至2021年底,本集团在上海、北京、海南三地运营产业园区6个。"
    assert of(extract(nlp, text)[1], "zone") == []


def test_a_numeral_inside_a_places_name_still_names_a_zone(nlp):
    # decoy: 九站 is a place's name, not a count
    assert list(zones_of(extract(nlp, "吉林九站工业园规划面积5平方公里。")[1])) == ["吉林九站工业园"]


def test_a_citys_bare_yuanqu_beside_two_of_its_zones_is_them_together(nlp):
    text = ("借鉴川渝青园区发展经验 推动拉萨园区高质量发展\n"
            "拉萨经济技术开发区规划面积5.46平方公里。拉萨高新技术产业开发区规划面积10平方公里。\n")
    assert "拉萨园区" not in zones_of(extract(nlp, text)[1])


def test_a_citys_bare_yuanqu_beside_one_of_its_zones_still_names_a_park(nlp):
    # decoy: one zone of the city is no group: the city's 园区 shortens it or stands alone as before
    text = "推动拉萨园区高质量发展。\n拉萨经济技术开发区规划面积5.46平方公里。\n"
    zones = zones_of(extract(nlp, text)[1])
    assert "拉萨经济技术开发区" in zones


def test_a_header_whose_years_ran_into_its_label_reads_its_table_in_the_titles_unit(nlp):
    text = ("主要财务数据(单位:亿元)\n项目2020年2021年2022年\n资产总额  186.42  203.57  221.36\n"
            "资产负债率(%)  50.55  52.63  54.26\n\n表1延吉高新区主要经济指标(单位:亿元)\n指标2021年2022年 增速(%)\n"
            "地区生产总值  159.2  168.6  5.9\n")
    _, records = extract(nlp, text)
    money = {(m["text"], m["value"], m["year"]) for m in of(records, "money")}
    assert money == {("186.42", 18642000000.0, 2020), ("203.57", 20357000000.0, 2021),
                     ("221.36", 22136000000.0, 2022), ("159.2", 15920000000.0, 2021),
                     ("168.6", 16860000000.0, 2022)}


def test_a_glued_header_going_on_after_its_years_is_left_unread(nlp):
    # a maturity table's columns are when debts fall due, not the years of its figures
    text = "表2公司有息债务到期分布(单位:亿元)\n到期时间2023年2024年2025年2026年及以后 合计\n金额  21.35  18.62  16.40  38.23  94.60\n"
    _, records = extract(nlp, text)
    assert of(records, "money") == [] and of(records, "target") == []


def test_a_unit_of_millions_standing_as_a_tables_cell_is_no_amount(nlp):
    text = "指标 单位2020年2021年\n收入 港币百万元  1,656  1,862\n纳税总额 人民币百万元  198  236\n"
    _, records = extract(nlp, text)
    assert "百万元" not in "".join(m["text"] for m in of(records, "money"))


def test_a_million_yuan_in_a_sentence_is_still_an_amount(nlp):
    _, records = extract(nlp, "对评为省级示范园区的,给予百万元奖励。")
    assert [m["value"] for m in of(records, "money")] == [1000000.0]


def test_an_esg_reports_during_the_year_records_results(nlp):
    text = ("2021年度环境、社会及管治报告\n\n本报告期为2021年1月1日至2021年12月31日。\n"
            "年内,本集团取得绿色贷款人民币8亿元,并发行3亿美元可持续发展挂钩债券,票面利率3.25%。\n"
            "2022年,本集团计划全年资本开支约港币15亿元。\n")
    _, records = extract(nlp, text)
    assert [t["value"] for t in of(records, "target")] == [1500000000.0]


def test_a_dated_plans_during_the_year_is_still_a_goal(nlp):
    text = "2021年园区工作要点\n年内完成固定资产投资50亿元。\n"
    _, records = extract(nlp, text)
    assert [t["value"] for t in of(records, "target")] == [5000000000.0]


def test_a_schedules_unit_beside_the_body_filling_it_in_prices_its_columns(nlp):
    text = ("平罗县2024年自治区级、市级重大项目推进表(截至2024年6月30日)\n"
            "填报单位:平罗县发展和改革局(盖章)\t单位:万元\t填报日期:2024年7月3日\n"
            "序号\t项目名称\t建设地点\t总投资\t2024年计划投资\t1-6月累计完成\t完成率\n"
            "1\t平罗县红崖子物流园项目\t红崖子乡\t86000\t24000\t9800\t40.8%\n")
    _, records = extract(nlp, text)
    money = {(m["text"], m["value"], m["target"]) for m in of(records, "money")}
    assert {("86000", 860000000.0, False), ("24000", 240000000.0, True)} <= money
    assert [(t["text"], t["value"], t["year"]) for t in of(records, "target")] == [("24000", 240000000.0, 2024)]


def test_the_body_filling_in_a_form_is_no_unit(nlp):
    text = ("填报单位:平罗县发展和改革局\n"
            "序号\t项目名称\t总投资\t2024年计划投资\n"
            "1\t平罗县红崖子物流园项目\t86000\t24000\n")
    _, records = extract(nlp, text)
    assert of(records, "money") == []


def test_a_reference_rate_given_as_roughly_equal_or_chained_is_no_amount(nlp):
    text = ("参考汇率:1美元≈6.45元人民币,1元人民币≈11.4卢布(2021年3月)。汇率按1美元=6.45元=11.4卢布折算。"
            "俄罗斯某木业集团投资6亿卢布(约合人民币5300万元)。")
    _, records = extract(nlp, text)
    assert sorted(m["value"] for m in of(records, "money")) == [53000000.0, 600000000.0]


def test_a_span_set_as_using_n_years_counts_from_the_reports_year(nlp):
    text = ("发布日期:2016-04-06\n三、关于“十三五”发展目标\n到2020年,全区开发区工业总产值力争达到一千二百亿元。"
            "采育经开区将用三年时间完成土地一级开发3000亩,基础设施投入不低于十九点九一亿元。")
    _, records = extract(nlp, text)
    years = {t["text"]: t["year"] for t in of(records, "target")}
    assert years.get("基础设施投入不低于十九点九一亿元") == 2019
    assert 2019 in {t["year"] for t in of(records, "target") if t["value"] == 2.0}


def test_using_a_time_of_no_years_sets_no_span(nlp):
    text = "发布日期:2016-04-06\n到2020年,采育经开区用较短时间完成土地一级开发3000亩。"
    _, records = extract(nlp, text)
    assert {t["year"] for t in of(records, "target")} <= {2020}


def test_a_slides_goal_wrapped_before_its_figure_is_one_sentence(nlp):
    text = ("海口综合保税区投资推介 2024年3月\n● 力争到2025年,进出口总额突破\n1000亿元,年营收超\n2000亿元\n"
            "● 2024年计划安排基础设施投资\n12亿元,新建标准仓库20万平方米\n")
    _, records = extract(nlp, text)
    assert sorted(t["value"] for t in of(records, "target")) == [0.2, 1200000000.0, 100000000000.0, 200000000000.0]


def test_a_line_of_a_figure_and_its_label_is_not_joined_to_the_line_above(nlp):
    text = "【数读开发区】\n56家 截至2009年底的国家级经济技术开发区\n165.6亿美元 国家级经开区2009年实际使用外资\n"
    _, records = extract(nlp, text)
    [money] = of(records, "money")
    assert (money["value"], money["year"], money["category"]) == (16560000000.0, 2009, "investment")


def test_a_tables_label_and_unit_a_single_space_apart_under_a_glued_header(nlp):
    text = ("【数据链接】安达开发区主要经济指标(2011—2013年)\n指标 单位2011年2012年2013年\n"
            "工业总产值 亿元  121.5  152.8  186.4\n入区企业 家  97  112  128\n建成区面积 平方公里  3.9  4.6  5.1\n")
    _, records = extract(nlp, text)
    assert [(m["value"], m["year"]) for m in of(records, "money")] == [
        (12150000000.0, 2011), (15280000000.0, 2012), (18640000000.0, 2013)]
    assert [(a["value"], a["year"]) for a in of(records, "area")] == [(3.9, 2011), (4.6, 2012), (5.1, 2013)]


def test_a_row_whose_label_has_a_space_but_no_unit_is_not_split(nlp):
    text = "指标 单位2011年2012年2013年\n工业 总产值  121.5  152.8  186.4\n"
    _, records = extract(nlp, text)
    assert of(records, "money") == []


def test_an_esg_reports_community_investment_is_no_capital_invested(nlp):
    text = "指标 单位2020年2021年\n社区投资 港币万元  480  620\n"
    _, records = extract(nlp, text)
    assert {m["category"] for m in of(records, "money")} == {"other"}


def test_a_zones_short_form_before_its_leading_industries_is_no_industry(nlp):
    # 边合区主导产业为…: the short form (ending with 区) names the zone whose industries follow, not an industry
    text = "边合区主导产业为进出口加工、能源化工、绿色食品和跨境物流。"
    names = industries_of(extract(nlp, text)[1])
    assert "边合区" not in names and {"进出口加工", "能源化工", "跨境物流"} <= set(names)


def test_a_verbs_one_character_complement_opens_the_list(nlp):
    # 做大乳品加工产业集群: 做大 (make big) is the verb, 乳品加工 the cluster
    text = "安达开发区提出做大乳品加工产业集群,到2017年乳品加工产值达到120亿元。"
    assert "乳品加工" in industries_of(extract(nlp, text)[1])


def test_an_industry_opening_with_da_keeps_it(nlp):
    # decoy: 大健康 and 大数据 are industries whose names open with 大
    assert "大健康" in industries_of(extract(nlp, "园区着力打造大健康产业集群。")[1])
    assert {"大数据", "云计算"} <= set(industries_of(extract(nlp, "园区重点发展大数据、云计算等产业。")[1]))


def test_a_contracts_deposit_and_damages_are_other_money(nlp):
    # a civil judgment: the deposit (投资保证金) and the damages (违约金) are the contract's sums, not investment
    money = of(extract(nlp, "绿源公司缴纳投资保证金500万元。本院酌定园区管委会支付违约金人民币六百万元。")[1], "money")
    assert [m["category"] for m in money] == ["other", "other"]


def test_an_investment_beside_a_deposit_stays_investment(nlp):
    # decoy: the deposit named after the amount does not change the investment before it
    money = of(extract(nlp, "引进项目投资5亿元,保证金到位后开工。")[1], "money")
    assert [m["category"] for m in money] == ["investment"]


def test_a_slides_bullet_broken_before_its_amount_is_read_whole(nlp):
    # a slide deck's text: the bullet's line breaks right before the amount it names
    text = ("● 力争到2025年,进出口总额突破\n1000亿元,年营收超\n2000亿元\n"
            "● 2024年计划安排基础设施投资\n12亿元\n● 合作银行8家,授信额度合计\n300亿元\n")
    money = {m["value"]: m for m in of(extract(nlp, text)[1], "money")}
    assert (money[1.2e9]["category"], money[1.2e9]["year"]) == ("investment", 2024)
    assert money[3e10]["category"] == "financing"
    assert money[1e11]["year"] == 2025 and money[2e11]["year"] == 2025 and money[1e11]["target"]


def test_an_infographics_figure_with_its_own_label_is_not_a_broken_line(nlp):
    # decoy: each line is a figure and its label; the label of the line before is not the next figure's
    text = "【数说开发区】\n286.4亿元 2016年地区生产总值\n21.3亿元 2016年税收收入\n"
    money = {m["value"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert money[2.13e9] == "tax"


def test_a_long_paragraph_line_wrapped_before_an_amount_is_not_joined(nlp):
    # decoy: a page's paragraph wrapped at its width keeps the reading of its own sentence (goal words far back
    # in the wrapped line do not reach the amount)
    text = ("  一是强化要素保障,全年争取省级以上各类专项资金不少于3亿元,用好\n"
            "50亿元产业引导基金;二是强化考核激励。\n")
    money = {m["value"]: m for m in of(extract(nlp, text)[1], "money")}
    assert not money[5e9]["target"]


def test_a_heading_over_a_blank_line_does_not_name_the_amount_below(nlp):
    # decoy: a blank line ends the line before; 300亿元 opens a paragraph of its own
    money = of(extract(nlp, "授信额度合计\n\n300亿元的项目已签约。\n")[1], "money")
    assert [m["category"] for m in money] != ["financing"]


def test_yingshou_is_revenue(nlp):
    # 营收, the short form of 营业收入, as slides and news write it
    money = of(extract(nlp, "● 数字经济营收380亿元\n● 目标:2025年营收达到600亿元\n")[1], "money")
    assert [m["category"] for m in money] == ["revenue", "revenue"]


def test_yingshou_does_not_outweigh_a_nearer_cue(nlp):
    # decoy: the tax named right before the amount is the amount's kind
    money = of(extract(nlp, "园区营收增长较快,实现税收12亿元。")[1], "money")
    assert [m["category"] for m in money] == ["tax"]


def test_financial_leasing_and_digital_publishing_are_industries(nlp):
    # jieba reads 融资租赁 and 数字出版 as verbs: the lexicon knows them as trades
    names = industries_of(extract(nlp, "重点发展:航空物流、融资租赁\n新媒体基地打造数字出版产业集群。\n")[1])
    assert {"航空物流", "融资租赁", "数字出版"} <= set(names)


def test_financing_outside_a_list_of_industries_is_none(nlp):
    # decoy: 融资租赁 named as a firm's way of paying is no industry when no cue names a list
    assert not industries_of(extract(nlp, "公司通过融资租赁方式购置设备。")[1])


def test_a_slides_counted_heading_and_its_bullets_name_leading_industries(nlp):
    # a slide deck: a heading of a count and a cue, one bullet per industry below it
    text = "03产业布局\n三大主导产业\n▲ 保税维修与再制造\n▲ 跨境电商\n▲ 生物医药(进口药品加\n工)\n"
    names = industries_of(extract(nlp, text)[1])
    assert {n: r for n, (r, _) in names.items()} == {"保税维修与再制造": "leading", "跨境电商": "leading",
                                                      "生物医药": "leading"}


def test_fewer_bullets_than_the_heading_counts_name_none(nlp):
    # decoy: the heading counts three, two bullets follow: not the list it announces
    text = "三大主导产业\n▲ 跨境电商\n▲ 生物医药\n园区概况\n"
    assert not industries_of(extract(nlp, text)[1])


def test_a_chronicles_approval_dates_the_area_it_sets(nlp):
    # an encyclopedia's 沿革: each entry opens with its year, and the approval sets the zone's area then
    text = ("2001年,经宁夏回族自治区人民政府批准更名为银川经济技术开发区,核准面积12.6平方公里。\n"
            "2011年4月,经国务院批准,升级为国家级经济技术开发区,规划面积扩大至32.8平方公里。\n")
    areas = {a["value"]: a["year"] for a in of(extract(nlp, text)[1], "area")}
    assert areas == {12.6: 2001, 32.8: 2011}


def test_a_change_in_another_clause_does_not_date_a_total_area(nlp):
    # decoy: 调整为 changes the count of zones, not the area; the province total stays undated
    text = "2009年,河南省确定首批175个产业集聚区,后调整为180个,总规划面积约三千九百平方公里。"
    assert [a["year"] for a in of(extract(nlp, text)[1], "area")] == [None]


def test_loss_land_sale_income_and_gifts_are_other_money(nlp):
    # a loss, a government's income from selling land and a gift are no zone's revenue or financing
    text = ("他的工厂去年营业额约8,000万元人民币,亏损逾1,000万元。2015年全区国有土地使用权出让收入三十八亿元。"
            "本集团向海南省教育基金会捐赠人民币200万元。")
    money = {m["value"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert money == {8e7: "revenue", 1e7: "other", 3.8e9: "other", 2e6: "other"}


def test_capital_expenditure_is_investment_and_notes_are_financing(nlp):
    text = "计划全年资本开支约港币15亿元。公司计划于2023年内发行中期票据不超过10亿元,用于偿还到期债务。"
    money = [m["category"] for m in of(extract(nlp, text)[1], "money")]
    assert money == ["investment", "financing"]


def test_a_sales_income_beside_a_loss_stays_revenue(nlp):
    # decoy: 收入 named right before the amount keeps it revenue though a loss is spoken of before
    money = of(extract(nlp, "去年扭转亏损局面,实现销售收入5亿元。")[1], "money")
    assert [m["category"] for m in money] == ["revenue"]


def test_an_area_in_brackets_after_a_grouped_number_takes_its_kind(nlp):
    # 326,700平方米: the comma groups digits, so the land cue before the number names the converted area too
    text = "公司取得国有建设用地使用权,土地面积326,700平方米(约490亩),土地出让金共计5,881万元。"
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == ["land_use", "land_use"]


def test_a_part_after_a_grouped_total_keeps_its_own_reading(nlp):
    # decoy: the grouped number's reading does not reach a part after 其中 measured otherwise (可开发建设面积)
    text = "两江新区总规划面积1,200平方公里,其中可开发建设面积550平方公里。"
    kinds = {a["value"]: a["kind"] for a in of(extract(nlp, text)[1], "area")}
    assert kinds == {1200: "planned", 550: "other"}


def test_land_delivered_or_revived_is_land_use(nlp):
    text = "园区管委会直至2020年5月才交付土地,且实际交付面积仅为118.6亩。2015年已依法收回或盘活11宗、面积480亩。"
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == ["land_use", "land_use"]


def test_a_delivered_factory_floor_is_no_land(nlp):
    # decoy: floor space delivered (交付…厂房) is buildings, of kind other
    text = "9月20日,数字园二期竣工交付,新增楼宇面积8万平方米。"
    assert [a["kind"] for a in of(extract(nlp, text)[1], "area")] == ["other"]


def test_zhuda_names_a_zones_leading_industries(nlp):
    # news: 主打 (its main lines) before a list of two industries
    names = industries_of(extract(nlp, "后者主打石化和船舶,2015年实现工业总产值约620亿元。")[1])
    assert {n: r for n, (r, _) in names.items()} == {"石化": "leading", "船舶": "leading"}


def test_zhuda_before_a_single_product_names_none(nlp):
    # decoy: 主打产品 is a firm's main product, and one item is no list
    assert not industries_of(extract(nlp, "该企业主打产品为高端轴承。园区主打新能源汽车。")[1])

@pytest.mark.parametrize("text", [
    "累计供地:指以出让、划拨等方式供应的国有建设用地面积,1公顷=15亩=0.01平方公里。",
    "注:面积单位换算,1平方公里=1500亩。",
    "说明:一公顷=十五亩。",
])
def test_a_unit_definition_is_no_area(nlp, text):
    assert of(extract(nlp, text)[1], "area") == []


def test_an_equation_of_real_areas_is_still_read(nlp):
    # decoy: two real areas joined by = (a conversion of one figure), and one unit that is a real plot
    text = "园区规划面积56.51平方公里=8.48万亩。该地块面积1亩,位于园区东侧。"
    areas = [round(a["value"], 4) for a in of(extract(nlp, text)[1], "area")]
    assert 56.51 in areas and round(1 / 1500, 4) in areas


@pytest.mark.parametrize("text", [
    "利益联结目标:到2025年,土地流转面积达到12万亩,土地流转费每亩每年不低于800元,务工农民人均年增收5000元以上。",
    "项目建成后污水处理厂采用委托运营方式,委托运营费按每吨2.6元计。",
])
def test_a_fee_charged_per_unit_is_no_goal(nlp, text):
    _, records = extract(nlp, text)
    assert [t for t in of(records, "target") if "费" in t["metric"]] == []


def test_a_fee_total_per_period_may_still_be_a_goal(nlp):
    # decoy: a fee's total per year in a projection is no charge's rate
    _, records = extract(nlp, "项目建成后,预计年运营费用每年约500万元。")
    assert [t["value"] for t in of(records, "target")] == [5000000.0]


def test_a_sensitivity_case_supposed_is_no_goal(nlp):
    text = ("5.6 风险分析。主要风险为:(1)专项债券额度争取存在不确定性,若专项债券减少3亿元,需增加银行贷款,"
            "年利息支出增加约0.12亿元;(2)力争到2025年园区营业收入增加到50亿元。")
    _, records = extract(nlp, text)
    assert [t["value"] for t in of(records, "target")] == [5000000000.0]


def test_several_projects_are_no_supposition(nlp):
    # decoy: 若干 (several) opens no case, the plan's increase stays a goal
    _, records = extract(nlp, "计划引进若干重点项目,力争到2025年园区新增投资增加10亿元。")
    assert [t["value"] for t in of(records, "target")] == [1000000000.0]


def test_a_headings_bracketed_field_is_its_zones_industry(nlp):
    text = ("一、上海化学工业经济技术开发区(石化化工)\n上海化学工业经济技术开发区位于杭州湾北岸,规划面积29.4平方公里。\n"
            "二、齐齐哈尔高新技术产业开发区(重型装备)\n齐齐哈尔高新技术产业开发区核准面积12.6平方公里。\n")
    _, records = extract(nlp, text)
    assert {(i["name"], i["role"], i["zone"]) for i in of(records, "industry")} == {
        ("石化化工", "other", "上海化学工业经济技术开发区"), ("重型装备", "other", "齐齐哈尔高新技术产业开发区")}


@pytest.mark.parametrize("text", [
    # an alias in brackets, no field
    "一、齐齐哈尔高新技术产业开发区(齐齐哈尔高新区)\n齐齐哈尔高新技术产业开发区核准面积12.6平方公里。\n",
    # a sentence, no heading: the bracket is a remark of the text
    "据介绍,本次认定的基地有上海化学工业经济技术开发区(石化化工)\n等多家。\n",
])
def test_no_heading_field_without_a_heading_or_a_known_field(nlp, text):
    assert of(extract(nlp, text)[1], "industry") == []


def test_exchange_rates_noted_in_words_are_no_amounts(nlp):
    text = "(本文所涉汇率均按报道发表时的汇率折算,仅供参考。1美元约合7.07元人民币、约合30.6泰铢、约合16.5埃及镑。)"
    assert of(extract(nlp, text)[1], "money") == []
    # decoy: an amount converted in words is two amounts (85亿泰铢, 约合2.7亿美元)
    values = {m["value"] for m in of(extract(nlp, "项目总投资85亿泰铢,约合2.7亿美元。")[1], "money")}
    assert values == {8500000000.0, 270000000.0}


def test_figures_of_those_proposed_for_a_title_are_no_goal(nlp):
    text = "经专家评审和现场核查,拟认定基地2022年合计实现工业总产值2.36万亿元。"
    assert of(extract(nlp, text)[1], "target") == []
    # decoy: 拟 before the figure's own verb is the goal word
    _, records = extract(nlp, "该项目拟投资5亿元,建设标准厂房。")
    assert [t["value"] for t in of(records, "target")] == [500000000.0]


def test_some_tens_of_square_kilometres_is_no_area(nlp):
    text = "有的开发区规划面积动辄几十平方公里,建成区却不到规划面积的三分之一;有的园区闲置土地数千亩。"
    assert of(extract(nlp, text)[1], "area") == []
    # decoy: a number in words with no 几 before it is an area
    areas = [a["value"] for a in of(extract(nlp, "开发区规划面积二十平方公里。")[1], "area")]
    assert areas == [20.0]


def test_a_plans_year_by_year_tasks_are_goals(nlp):
    text = ("某区工业园改造提升三年行动实施方案(2020—2022年)\n2020年3月18日\n三、分年度任务\n"
            "(一)2020年:完成改造提升面积1.2万亩,完成改造投资150亿元;\n"
            "(二)2021年:完成改造提升面积1.3万亩,完成改造投资220亿元。\n")
    _, records = extract(nlp, text)
    assert {(t["value"], t["year"]) for t in of(records, "target") if t["unit"] == "CNY"} == {
        (15000000000.0, 2020), (22000000000.0, 2021)}
    # decoy: a review of a year's tasks (完成情况) states results
    text = "某区2021年工作总结\n2022年1月5日\n一、年度任务完成情况\n全年完成改造投资220亿元。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_listing_fee_for_a_count_of_days_is_a_price(nlp):
    text = "服务时间:周一至周六9:00—18:00\n刊登费用:每则新台币1,200元/30天。\n"
    assert of(extract(nlp, text)[1], "money") == []
    # decoy: an amount followed by a slash and no unit of a price stays an amount
    _, records = extract(nlp, "项目总投资1,200万元/亩均投资强度300万元。")
    assert 12000000.0 in {m["value"] for m in of(records, "money")}


def test_one_unit_a_ratio_is_counted_in_is_no_area(nlp):
    text = "明确“拆一建一”原则,即每拆除1平方米旧厂房原则上新建1平方米以上高标准厂房。"
    assert "1平方米" not in [a["text"] for a in of(extract(nlp, text)[1], "area")]
    # decoy: one unit of each item counted is an area
    areas = [a["value"] for a in of(extract(nlp, "每个园区1平方公里,共5个园区。")[1], "area")]
    assert areas == [1.0]

@pytest.mark.parametrize("text, name", [
    ("两市共建上海·盐城工业园区,规划面积10平方公里。", "上海·盐城工业园区"),
    ("与宁波合建的上海金山·平湖产业园规划面积6平方公里。", "上海金山·平湖产业园"),
    ("坐落在中白·明斯克工业园,园区规划面积8平方公里。", "中白·明斯克工业园"),
])
def test_a_partner_place_and_a_middle_dot_lead_a_parks_name(nlp, text, name):
    _, records = extract(nlp, text)
    assert name in zones_of(records)


def test_a_verb_before_a_middle_dot_is_no_partner_of_the_name(nlp):
    _, records = extract(nlp, "代表们参观·考察了盐城经济技术开发区,开发区规划面积20平方公里。")
    assert list(zones_of(records)) == ["盐城经济技术开发区"]
    _, records = extract(nlp, "签约仪式上,苏州工业园区·宿迁经济技术开发区合作协议签署。")
    assert not any("·" in name for name in zones_of(records))


def test_a_boundary_lines_direction_word_is_no_part_of_a_parks_name(nlp):
    text = "示范区四至为:东至312国道,西至兴隆物流园东界,北至铁路专用线。"
    _, records = extract(nlp, text)
    assert "兴隆物流园" in zones_of(records)
    assert not any(name.startswith("西至") for name in zones_of(records))


def test_the_county_dongzhi_still_leads_its_zones_name(nlp):
    _, records = extract(nlp, "安徽东至经济开发区规划面积18平方公里。")
    assert "安徽东至经济开发区" in zones_of(records)


def test_a_city_and_district_before_a_province_led_name_are_its_address(nlp):
    text = "标的物位于潍坊市昌邑市山东昌邑经济开发区内,规划面积30平方公里。"
    _, records = extract(nlp, text)
    assert "山东昌邑经济开发区" in zones_of(records)
    assert not any(name.startswith("潍坊") for name in zones_of(records))


def test_a_place_of_another_province_before_a_province_word_stays_in_the_name(nlp):
    _, records = extract(nlp, "泉州台湾青年创业园已入驻台湾青年创业团队30个。")
    assert "泉州台湾青年创业园" in zones_of(records)


def test_a_places_investment_zone_is_a_zone(nlp):
    text = "厂房位于福建福清元洪投资区,元洪投资区规划面积10平方公里。"
    _, records = extract(nlp, text)
    assert "福建福清元洪投资区" in zones_of(records)
    [area] = of(records, "area")
    assert area["zone"] == "福建福清元洪投资区"


@pytest.mark.parametrize("text", [
    "鼓励外商到重点投资区域投资兴业。",
    "各类投资区要加强招商。",
])
def test_investment_words_without_a_place_name_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


@pytest.mark.parametrize("text", [
    "南海区村级工业园改造三年行动方案出台,全区改造面积1万亩。",
    "推动镇级工业园区整合提升,淘汰低效产能。",
])
def test_a_village_or_town_level_park_is_a_kind_not_a_zone(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


def test_a_village_park_named_by_its_town_and_village_is_a_zone(nlp):
    _, records = extract(nlp, "乐从镇葛岸村工业园计划改造面积600亩。")
    assert "乐从镇葛岸村工业园" in zones_of(records)


@pytest.mark.parametrize("text", [
    "市经信局发布《2023年上海市生物医药产业园区发展评价报告》,张江药谷居首。",
    "潍坊市新能源汽车产业园区总产值增长12%。",
])
def test_a_city_with_its_shi_and_an_industrys_parks_are_the_citys_parks_together(nlp, text):
    _, records = extract(nlp, text)
    assert not any(name.endswith("产业园区") for name in zones_of(records))


def test_a_city_and_an_industrys_park_without_shi_is_one_park(nlp):
    _, records = extract(nlp, "潍坊新能源汽车产业园规划面积12平方公里。")
    assert "潍坊新能源汽车产业园" in zones_of(records)


@pytest.mark.parametrize("text", [
    "中国—东盟自由贸易区升级议定书全面生效,双边贸易额增长8%。",
    "依托中国—东盟自贸区,企业出口额达到20亿美元。",
])
def test_a_free_trade_agreements_area_is_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


def test_a_nation_pairs_park_with_a_place_is_still_a_zone(nlp):
    _, records = extract(nlp, "中国—马来西亚钦州产业园区规划面积55平方公里。")
    assert "中国—马来西亚钦州产业园区" in zones_of(records)


def test_a_places_special_economic_zone_is_a_zone(nlp):
    _, records = extract(nlp, "在老挝,赛色塔经济特区已入驻企业60家,规划面积11.5平方公里。")
    assert "赛色塔经济特区" in zones_of(records)


@pytest.mark.parametrize("text", ["各经济特区要发挥示范作用。", "兴办经济特区是改革开放的重大举措。"])
def test_a_bare_special_economic_zone_word_is_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


def test_a_host_country_and_zhongguo_name_chinas_park_abroad(nlp):
    _, records = extract(nlp, "在埃塞俄比亚,埃塞俄比亚中国工业园已入驻企业35家,规划面积5平方公里。")
    assert "埃塞俄比亚中国工业园" in zones_of(records)


def test_zhongguo_leading_a_parks_word_alone_names_no_zone(nlp):
    _, records = extract(nlp, "《中国工业园区发展报告》指出,园区数量增长5%。")
    assert zones_of(records) == {}


def test_the_kind_name_of_an_overseas_zone_is_no_short_form_of_one(nlp):
    text = ("在印尼,龙湾工业园是中国首批境外经贸合作区之一,园区规划面积8平方公里。\n"
            "在埃及,中埃·泰达苏伊士经贸合作区起步区面积1.34平方公里。")
    doc, records = extract(nlp, text)
    assert {a["text"]: a["zone"] for a in of(records, "area")}["8平方公里"] == "龙湾工业园"


def test_a_citys_cross_border_ecommerce_pilot_zone_is_a_zone(nlp):
    text = "宁波跨境电子商务综合试验区(下称宁波综试区)今年进出口额达到1500亿元。宁波综试区已集聚企业2000家。"
    _, records = extract(nlp, text)
    assert zones_of(records) == {"宁波跨境电子商务综合试验区": ["宁波综试区"]}


@pytest.mark.parametrize("text", [
    "加快申报跨境电商综合试验区配套功能区,进出口总额力争达到150亿元。",
    "在商务部对全国105个跨境电商综试区的年度评估中位列第一档。",
])
def test_a_pilot_zone_word_without_its_city_is_the_kind(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


def test_a_schedules_done_column_after_its_planned_investment_is_an_investment(nlp):
    text = ("平罗县2024年自治区级、市级重大项目推进表(截至2024年6月30日)\n"
            "填报单位:平罗县发展和改革局(盖章)\t单位:万元\t填报日期:2024年7月3日\n"
            "序号\t项目名称\t建设地点\t总投资\t2024年计划投资\t1-6月累计完成\t完成率\n"
            "1\t平罗县红崖子物流园项目\t红崖子乡\t86000\t24000\t9800\t40.8%\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["category"], m["target"], m["year"]) for m in of(records, "money")}
    assert money["9800"] == (98000000.0, "investment", False, 2024)
    assert "40.8" not in {m["text"].rstrip("%") for m in of(records, "money")}  # the rate is no amount


def test_a_done_column_with_its_units_in_brackets_after_a_planned_investment(nlp):
    text = ("表3 2023年重点项目进展情况\n"
            "项目名称|总投资(万元)|年度计划投资(万元)|1-9月完成|形象进度\n"
            "园区污水处理厂扩建工程|32600|15000|11200|管廊完成12公里\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["category"], m["target"]) for m in of(records, "money")}
    assert money["11200"] == (112000000.0, "investment", False)


@pytest.mark.parametrize("text", [
    # decoy: a done column after a column of no plan (总投资): what was done is unknown — a count, a share
    ("单位:万元\n序号\t项目名称\t建设地点\t总投资\t完成\t完成率\n"
     "1\t平罗县红崖子物流园项目\t红崖子乡\t86000\t9800\t40.8%\n"),
    # decoy: after a planned length (计划建设(公里)), what was done is a length, no money
    ("项目名称|总投资(万元)|计划建设(公里)|累计完成\n园区道路工程|32600|18|12\n"),
])
def test_a_done_column_after_no_planned_money_is_left_unread(nlp, text):
    _, records = extract(nlp, text)
    assert not {"9800", "12"} & {m["text"] for m in of(records, "money")}


YEARBOOK_TABLE = (
    "13-1  主要开发区(园区)主要经济指标(2015年)\n\n"
    "开发区(园区)名称    级别      规划面积    已开发面积    营业收入      固定资产投资\n"
    "                                (平方公里)(平方公里)  (万元)      (万元)\n"
    "拉萨经济技术开发区    国家级      5.46        4.12          1862540       356800\n")


def test_a_yearbooks_units_under_its_names_are_set_by_display_columns(nlp):
    # the units stand under 规划面积 by display width (a Chinese character takes two columns), the first two glued
    _, records = extract(nlp, YEARBOOK_TABLE)
    areas = {a["text"]: a["value"] for a in of(records, "area")}
    money = {m["text"]: (m["value"], m["category"], m["year"]) for m in of(records, "money")}
    assert areas == {"5.46": 5.46, "4.12": 4.12}
    assert money["1862540"] == (18625400000.0, "revenue", 2015)
    assert money["356800"] == (3568000000.0, "investment", 2015)


def test_glued_units_more_than_the_columns_they_stand_under_are_left_unread(nlp):
    # decoy: two units run together where one column stands: the line does not fit the columns, so no unit is known
    text = ("开发区名称    规划面积    营业收入\n"
            "              (平方公里)(公顷)  (万元)\n"
            "拉萨经济技术开发区    5.46        1862540\n")
    _, records = extract(nlp, text)
    assert of(records, "area") == [] and of(records, "money") == []

def test_jingyue_is_a_locality_that_names_changchuns_hitech_zone(nlp):
    text = ("长春净月高新技术产业开发区(净月高新区)签约数字经济总部项目,总投资12亿元。\n"
            "净月高新区规划面积478.7平方公里。")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"长春净月高新技术产业开发区": ["净月高新区"]}
    assert {a["text"]: a["zone"] for a in of(records, "area")}["478.7平方公里"] == "长春净月高新技术产业开发区"


def test_a_month_before_a_bare_zone_word_names_no_zone(nlp):
    _, records = extract(nlp, "今年5月高新区签约项目10个,总投资12亿元。")
    assert zones_of(records) == {}


def test_a_repair_trade_stays_inside_a_parks_name(nlp):
    text = ("(三)美兰航空维修产业基地(以下简称维修基地),占地2200亩,计划总投资65亿元。\n"
            "他估算,维修基地全面达产后,年维修产值可达80亿元。")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"美兰航空维修产业基地": ["维修基地"]}
    assert {m["text"]: m["zone"] for m in of(records, "money")}["80亿元"] == "美兰航空维修产业基地"


def test_repair_without_a_place_names_no_park(nlp):
    _, records = extract(nlp, "加强设备维修产业园区道路改造投资1.2亿元。")
    assert zones_of(records) == {}


def test_a_bare_new_area_word_is_the_new_areas_beside_a_hitech_zone(nlp):
    text = ("哈尔滨新区管委会决定。新区下辖哈尔滨高新技术产业开发区(以下简称高新区)、哈尔滨经济技术开发区(以下简称经开区)。\n"
            "2022年,高新区力争营业收入突破一千五百亿元。新区将设立规模一百亿元的新区产业发展基金。")
    _, records = extract(nlp, text)
    zones = {m["text"]: m["zone"] for m in of(records, "money")}
    assert zones["一百亿元"] == "哈尔滨新区"
    assert zones["突破一千五百亿元"] == "哈尔滨高新技术产业开发区"


def test_a_bare_new_area_word_stays_unowned_without_a_new_area(nlp):
    text = ("南宁高新技术产业开发区(以下简称高新区)今年营业收入突破一千亿元。\n"
            "各地新区将设立规模一百亿元的产业发展基金。")
    _, records = extract(nlp, text)
    assert {m["text"]: m["zone"] for m in of(records, "money")}["一百亿元"] is None


def test_a_park_inside_one_items_task_leaves_the_other_items_to_the_document_zone(nlp):
    text = ("临沂经济技术开发区管委会2021年工作报告\n"
            "临沂汽车零部件产业园(以下简称汽配园)入驻企业86家。\n"
            "重点抓好三项工作:一是实施链长制,推动汽配园产值突破250亿元;二是新建标准厂房20万平方米,"
            "新增供地不少于3000亩;三是引进高新技术企业100家以上。")
    _, records = extract(nlp, text)
    areas = {a["text"]: a["zone"] for a in of(records, "area")}
    assert areas["20万平方米"] == areas["不少于3000亩"] == "临沂经济技术开发区"


def test_a_park_heading_a_list_item_still_gives_the_list_its_zone(nlp):
    text = ("主要内容为:(一)项目名称为年产3万吨竹基新材料项目,选址于南平工业园区延平园;"
            "(二)项目计划总投资人民币三亿元,分两期建设;(三)项目用地约150亩。")
    _, records = extract(nlp, text)
    assert {a["text"]: a["zone"] for a in of(records, "area")}["约150亩"] == "南平工业园区延平园"


def test_the_provinces_zones_written_shengnei_are_no_one_zones(nlp):
    text = ("兰州新区今年新增贷款50亿元。\n"
            "兰州银行行长表示,该行将在三年内向省内开发区投放不少于三百亿元信贷资金,单户最高1000万元。")
    _, records = extract(nlp, text)
    zones = {m["text"]: m["zone"] for m in of(records, "money")}
    assert zones["不少于三百亿元"] is None and zones["1000万元"] is None
    assert zones["50亿元"] == "兰州新区"


def test_a_zones_own_firms_written_qunei_stay_the_zones(nlp):
    text = "兰州新区今年新增贷款50亿元,区内企业获得授信30亿元。"
    _, records = extract(nlp, text)
    assert {m["text"]: m["zone"] for m in of(records, "money")}["30亿元"] == "兰州新区"


@pytest.mark.parametrize("text, name", [
    ("本次签约项目主要分布在卓资县旗下营工业园区和商都县七台工业园区。", "商都县七台工业园区"),
    ("整合浙江三门经济开发区、三门县健跳港工业园区和三门县沿海工业城。", "三门县健跳港工业园区"),
    ("2020年原淄川双杨工业园、淄川岭子镇工业园整合并入山东淄川经济开发区。", "淄川双杨工业园"),
    ("2020年原淄川双杨工业园、淄川岭子镇工业园整合并入山东淄川经济开发区。", "淄川岭子镇工业园"),
    ("在许昌,长葛市大周产业集聚区依托废旧金属回收,形成了再生金属产业集群。", "长葛市大周产业集聚区"),
])
def test_a_countys_town_jieba_does_not_know_names_its_park(nlp, text, name):
    _, records = extract(nlp, text)
    assert name in zones_of(records)


@pytest.mark.parametrize("text", [
    "全县现有工业园区3个,规划面积12平方公里。",  # a common word after the county: the county's parks
    "推进全市各县工业园区提质增效。",
    "该县主要工业园区均已完成规划环评。",
])
def test_a_common_word_after_a_county_is_no_town(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


@pytest.mark.parametrize("text, name", [
    ("区内的大周再生金属产业园占地三千亩,已入驻企业一百六十八家。", "大周再生金属产业园"),
    ("3\t采育智能装备产业园项目\t采育经开区\t12\t180\t2016年9月", "采育智能装备产业园"),
    ("改造后纳入佛山乐从家具产业园统一管理。", "佛山乐从家具产业园"),
    ("罕井建材工业园(以下简称建材园)依托丰富的石灰石资源。", "罕井建材工业园"),
])
def test_a_town_jieba_does_not_know_and_an_industry_name_a_park(nlp, text, name):
    _, records = extract(nlp, text)
    assert name in zones_of(records)


@pytest.mark.parametrize("text, wrong", [
    ("镇属国有公司改造后将建设智能家电产业园,规划总建筑面积120万平方米。", "将建设智能家电产业园"),  # adverb and verb
    ("亳州中药集聚区要完成中药科技园一期基础设施。", "要完成中药科技园"),
    ("全市共认定跨境电商产业园12个。", "共认定跨境电商产业园"),
    ("形成了“一区三园”的发展格局,即电子新材料产业园、精细化工产业园和装备制造产业园。", "即电子新材料产业园"),
    ("承接珠三角转移的新能源汽车零部件产业区。", "新能源汽车零部件产业区"),  # an industry rare to jieba is no town
])
def test_a_clause_before_an_industry_park_is_no_town(nlp, text, wrong):
    _, records = extract(nlp, text)
    assert wrong not in zones_of(records)


@pytest.mark.parametrize("text, names", [
    ("赞比亚中国经济贸易合作区由中国有色矿业集团开发,包括谦比希园区和卢萨卡园区两部分,其中谦比希园区规划面积11.58平方公里。",
     {"谦比希园区", "卢萨卡园区"}),
    ("喀什经济开发区规划面积五十平方公里,包括喀什园区和伊尔克什坦口岸园区。", {"伊尔克什坦口岸园区"}),
    ("开发区实行“一区两园”管理体制,下辖城东园区和龙华工业园。", {"城东园区", "龙华工业园"}),
])
def test_a_zones_parts_listed_with_yuanqu_are_parks(nlp, text, names):
    _, records = extract(nlp, text)
    assert names <= set(zones_of(records))


@pytest.mark.parametrize("text", [
    "全市开发区包括工业园区和物流园区。",  # kinds of parks, no names
    "扶持对象包括化工园区、重点园区和特色园区。",
])
def test_a_list_of_kinds_of_parks_names_no_part(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


def test_a_zones_listed_parts_leave_its_paragraph_to_it(nlp):
    text = ("在非洲南部,赞比亚中国经济贸易合作区由中国有色矿业集团开发,包括谦比希园区和卢萨卡园区两部分,"
            "其中谦比希园区规划面积11.58平方公里,卢萨卡园区规划面积5.7平方公里。"
            "合作区以有色金属矿冶为主导产业,累计完成投资21亿美元。")
    _, records = extract(nlp, text)
    assert {a["text"]: a["zone"] for a in of(records, "area")}["11.58平方公里"] == "谦比希园区"
    assert {m["text"]: m["zone"] for m in of(records, "money")}["21亿美元"] == "赞比亚中国经济贸易合作区"


@pytest.mark.parametrize("text, name", [
    ("今年以来,成都高新区、天府新区和成都东部新区建立协同机制。", "成都东部新区"),
    ("新区内开发最早的重庆北部新区已开发面积约60平方公里。", "重庆北部新区"),
])
def test_a_provinces_new_area_named_by_its_city_and_a_direction(nlp, text, name):
    _, records = extract(nlp, text)
    assert name in zones_of(records)


def test_a_citys_eastern_new_district_stays_no_zone(nlp):
    _, records = extract(nlp, "城市东部新区建设加快,西部新区完成征地3000亩。")
    assert zones_of(records) == {}


@pytest.mark.parametrize("text, name", [
    ("重点建设中日韩产业合作园。到2012年,开发区累计利用外资达到30亿美元。", "中日韩产业合作园"),
    ("园区里有个中德中小企业合作园,专门接小体量制造业。我们2016年在太仓中德中小企业合作园投资建厂。",
     "中德中小企业合作园"),
])
def test_a_park_named_by_china_its_partners_and_a_theme(nlp, text, name):
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {name}


@pytest.mark.parametrize("text", [
    "推动建设一批中新合作园区。",  # the nations alone: a kind of parks
    "加强与德国企业的合作园区建设。",
])
def test_nations_alone_or_no_nations_before_hezuo_yuanqu_name_no_park(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


def test_a_zones_hezuo_yuanqu_are_its_parks_elsewhere(nlp):
    _, records = extract(nlp, "广州开发区合作园区加快建设。")
    assert set(zones_of(records)) == {"广州开发区"}

def test_an_intent_word_in_the_figures_clause_after_a_time_clause_of_its_own_makes_a_goal(nlp):
    text = ("2019年7月16日\n"
            "年内,全省开发区要完成固定资产投资八百亿元以上,新开工亿元以上项目不少于150个。")
    _, records = extract(nlp, text)
    assert {(t["value"], t["year"], t["unit"]) for t in of(records, "target")} == {
        (80000000000.0, 2019, "CNY"), (150.0, 2019, "count")}


def test_a_running_year_time_clause_reaches_the_clauses_its_intent_lists(nlp):
    text = ("2023年7月16日\n"
            "本周洋浦经开区共签约项目12个。年内,洋浦经开区将新增建设用地3000亩,新建标准厂房20万平方米。")
    _, records = extract(nlp, text)
    assert {(t["value"], t["year"]) for t in of(records, "target")} == {(2.0, 2023), (0.2, 2023)}


def test_a_time_clause_without_an_intent_word_in_a_review_makes_no_goal(nlp):
    text = ("2023年12月28日\n"
            "年内,洋浦经开区新增建设用地3000亩,已建成标准厂房20万平方米。")
    _, records = extract(nlp, text)
    assert not any(t["value"] == 0.2 for t in of(records, "target"))


def test_a_year_after_an_instruction_in_an_earlier_clause_makes_a_goal(nlp):
    text = ("2023年5月6日\n"
            "王建华要求,高新区要加大科技型企业引进力度,今年新引进企业不少于200家。\n"
            "要强化要素保障,市财政今年安排园区发展专项资金3亿元,新增园区建设用地指标2000亩;")
    _, records = extract(nlp, text)
    assert {(t["value"], t["year"], t["unit"]) for t in of(records, "target")} == {
        (200.0, 2023, "count"), (300000000.0, 2023, "CNY"), (1.333333, 2023, "km2")}


@pytest.mark.parametrize("text", [
    "2013年12月1日\n主要做法是,今年完成投资四亿元。",  # 主要: no instruction
    "2013年12月1日\n按照市委要求,今年完成投资四亿元。",  # 要求: a report of what was asked
    "2013年12月1日\n要总结经验,今年已完成投资四亿元。",  # done
])
def test_a_year_after_no_instruction_or_marked_done_makes_no_goal(nlp, text):
    assert of(extract(nlp, text)[1], "target") == []


def test_jiang_before_a_verb_of_building_makes_a_goal(nlp):
    text = ("2019年5月6日\n"
            "按照宾阳县的计划,2019年园区将新建标准厂房8万平方米,对新入驻的加工贸易企业给予最长三年的租金减免。\n"
            "高新区已建成职工公寓约2300套,2019年将再开工建设人才公寓1200套。")
    _, records = extract(nlp, text)
    assert {(t["value"], t["year"], t["unit"]) for t in of(records, "target")} == {
        (0.08, 2019, "km2"), (1200.0, 2019, "count")}


def test_jiang_as_a_preposition_before_what_was_built_makes_no_goal(nlp):
    text = "2019年5月6日\n园区将新建的标准厂房8万平方米全部出租。"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_land_quota_each_year_in_an_opinion_is_a_goal_of_no_year(nlp):
    text = ("晋中市人民政府关于加快开发区发展的意见\n2012年3月1日\n"
            "(二)保障建设用地。每年安排开发区和工业园区新增建设用地指标不少于3000亩;对闲置两年以上的土地依法收回。")
    _, records = extract(nlp, text)
    assert {(t["value"], t["year"], t["unit"]) for t in of(records, "target")} == {(2.0, None, "km2")}


def test_a_sum_each_year_in_an_opinion_stays_a_standing_provision(nlp):
    text = ("泉州市人民政府关于支持园区发展的若干措施\n2018年3月1日\n"
            "第二条 支持园区基础设施建设。市财政每年安排园区基础设施建设专项资金2亿元,采取以奖代补方式给予支持。")
    assert of(extract(nlp, text)[1], "target") == []


def test_a_rate_per_land_a_party_commits_to_is_a_goal(nlp):
    text = ("乙方承诺,项目于2025年底前全部达产,达产后年产值约25亿元,年税收不低于1.5亿元,亩均税收不低于100万元,"
            "新增就业岗位约600个。")
    _, records = extract(nlp, text)
    assert (1000000.0, 2025) in {(t["value"], t["year"]) for t in of(records, "target")}


def test_a_rate_per_land_a_rule_sets_after_its_condition_stays_a_standard(nlp):
    text = "新引进工业项目固定资产投资强度原则上不低于每亩200万元,达产后亩均税收不低于每亩15万元。"
    _, records = extract(nlp, text)
    assert of(records, "target") == []
    assert {m["text"]: m["target"] for m in of(records, "money")}["15万元"] is False


@pytest.mark.parametrize("text", [
    "要推行“一站式”审批,审批时限压缩到二十个工作日以内。",
    "我们承诺“马上办、网上办、一次办”,企业开办时间压缩到3个工作日以内。",
])
def test_a_time_limit_after_an_instruction_or_a_commitment_is_a_goal_of_no_year(nlp, text):
    assert [(t["year"], t["unit"]) for t in of(extract(nlp, text)[1], "target")] == [(None, "other")]


def test_a_time_limit_reported_after_its_reform_needs_a_year(nlp):
    text = "主要做法是推行“一站式”审批,审批时限压缩到二十个工作日以内。"
    assert of(extract(nlp, text)[1], "target") == []


def test_targets_listed_after_mubiao_renwu_and_a_colon_are_goals(nlp):
    text = ("2013年5月6日\n"
            "市经信委负责人介绍,今年我市对4个重点工业园区下达了目标任务:察哈尔工业园区完成固定资产投资150亿元,"
            "丰镇园区完成固定资产投资60亿元。")
    _, records = extract(nlp, text)
    assert {(t["value"], t["year"]) for t in of(records, "target")} == {(15000000000.0, 2013), (6000000000.0, 2013)}


def test_mubiao_renwu_as_a_noun_makes_no_goal(nlp):
    text = "2013年12月6日\n截至11月底,察哈尔工业园区完成固定资产投资150亿元,完成目标任务的85%。"
    assert of(extract(nlp, text)[1], "target") == []

def test_a_count_of_parks_summing_them_gives_the_run_on_sentence_no_zone(nlp):
    text = ("北京大兴经济开发区管委会关于政府信息公开申请的答复\n"
            "大兴经开区规划面积32平方公里。\n"
            "2015年,四个园区合计实现工业总产值七百八十点二亿元,同比增长6.3%;实现税收收入五十六点四亿元。"
            "截至2015年底,四个园区共认定闲置土地26宗、面积1260亩,2015年已依法收回或盘活11宗、面积480亩。"
            "其中,大兴经开区实现主营业务收入518.3亿元。")
    _, records = extract(nlp, text)
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    areas = {a["text"]: a["zone"] for a in of(records, "area")}
    assert money["五十六点四亿元"] is None and areas["480亩"] is None
    assert money["518.3亿元"] == "北京大兴经济开发区"


def test_one_of_a_count_of_parks_keeps_its_own_figures(nlp):
    # 20个重点工业园区之一 counts the region's parks, summing none of them: the figures stay the park's
    text = "察哈尔工业园区签约项目17个。该园区位于集宁区东南部,是自治区20个重点工业园区之一,规划面积120平方公里。"
    _, records = extract(nlp, text)
    assert {a["text"]: a["zone"] for a in of(records, "area")}["120平方公里"] == "察哈尔工业园区"


@pytest.mark.parametrize("text", [
    "审计发现,仙人岛化工区已征未供土地2,350亩;区内危化品仓储物流园项目总投资12亿元,已投资3.6亿元后停工。",
    "开发区规划建设的冷链物流园区项目计划总投资8.5亿元。",
])
def test_a_trade_word_jieba_lacks_leads_no_zone_name(nlp, text):
    _, records = extract(nlp, text)
    assert not any(w in z for z in zones_of(records) for w in ("危化品", "冷链"))


def test_a_trade_word_jieba_lacks_stays_in_a_name_after_its_place(nlp):
    _, records = extract(nlp, "曲靖经开区冷链物流园项目总投资12亿元,占地300亩。")
    assert "曲靖经开区冷链物流园" in zones_of(records)


def test_a_bracketed_name_with_the_zones_own_proper_part_is_its_alias(nlp):
    text = "县内已建成怀来大数据产业基地(怀来大数据产业园),入驻秦淮数据、腾讯等数据中心企业。"
    _, records = extract(nlp, text)
    assert zones_of(records) == {"怀来大数据产业基地": ["怀来大数据产业园"]}


def test_a_bracketed_name_with_another_proper_part_needs_plain_words_to_be_an_alias(nlp):
    # 怀来 read as a verb: only the zone's own proper part passes over it
    text = "县内已建成怀来大数据产业基地(怀来数字经济产业园),入驻秦淮数据等企业。"
    _, records = extract(nlp, text)
    assert zones_of(records).get("怀来大数据产业基地") == []


def test_a_link_under_a_related_reading_heading_takes_only_the_zone_its_title_names(nlp):
    text = ("大连花园口经济区2015年实现工业总产值约80亿元。\n\n"
            "【延伸阅读】\n"
            "  •沈阳经济技术开发区上半年引资逾200亿元\n"
            "  •东北振兴新一轮政策出台 中央财政拨款300亿元\n")
    _, records = extract(nlp, text)
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    assert money["300亿元"] is None
    assert money["逾200亿元"] == "沈阳经济技术开发区"
    assert money["约80亿元"] == "大连花园口经济区"


def test_a_bulleted_list_under_an_ordinary_line_keeps_the_posts_zone(nlp):
    # bullets of a post's own figures, under no heading of links: the post's zone
    text = ("北京经济技术开发区真的很猛。\n"
            "补充几个数据(据我查的公众号,仅供参考):\n"
            "· 2024年新增签约项目210个,总投资超1200亿元\n")
    _, records = extract(nlp, text)
    assert {m["text"]: m["zone"] for m in of(records, "money")}["超1200亿元"] == "北京经济技术开发区"


def test_a_park_written_right_after_its_hosts_definition_keeps_the_hosts_short_form(nlp):
    text = ("被执行人名下位于淄博市淄川区山东淄川经济开发区(以下简称淄川经开区)精细化工产业园内的工业房地产一宗。"
            "标的物周边的精细化工产业园已入驻企业68家。\n"
            "1.标的物所在的淄川经开区精细化工产业园为山东省第三批认定化工园区。")
    _, records = extract(nlp, text)
    assert zones_of(records)["淄川经开区精细化工产业园"] == ["精细化工产业园"]


def test_a_park_written_alone_before_its_compound_keeps_its_own_name(nlp):
    # no host's definition before the first 香隅化工园: the park's own name stays its name
    text = ("香隅化工园规划面积10平方公里,入驻企业30家。\n"
            "(三)建设地点:安徽东至经济开发区香隅化工园内。")
    _, records = extract(nlp, text)
    assert "香隅化工园" in zones_of(records)


def test_a_former_name_far_after_the_sentences_subject_is_its_alias(nlp):
    text = ("银川经济技术开发区(Yinchuan Economic and Technological Development Zone),简称银川经开区,"
            "位于宁夏回族自治区银川市西南部,前身为银川市民营经济技术开发区,2011年4月经国务院批准升级为国家级经济技术开发区。")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"银川经济技术开发区": ["银川经开区", "银川市民营经济技术开发区"]}


def test_a_former_name_far_after_two_zones_joins_neither(nlp):
    text = ("银川经济技术开发区与石嘴山高新技术产业开发区签署合作协议,合作园区位于宁夏回族自治区银川市西南部,"
            "前身为银川市民营经济技术开发区。")
    _, records = extract(nlp, text)
    assert "银川市民营经济技术开发区" in zones_of(records)


def test_a_bulleted_item_opened_by_a_hosts_park_phase_is_the_parks(nlp):
    text = ("【园区快讯】\n"
            "·福清元洪投资区内的元洪国际食品产业园二期已开工建设,规划用地860亩,建成后可新增冷库库容20万吨。\n")
    _, records = extract(nlp, text)
    assert {a["text"]: a["zone"] for a in of(records, "area")}["860亩"] == "元洪国际食品产业园"


def test_a_bulleted_item_naming_a_park_phase_inside_a_clause_stays_the_hosts(nlp):
    # the phase is a project the host carries out: the item's subject is the host
    text = ("【园区快讯】\n"
            "·福清元洪投资区今年开工元洪国际食品产业园二期,规划用地860亩。\n")
    _, records = extract(nlp, text)
    assert {a["text"]: a["zone"] for a in of(records, "area")}["860亩"] == "福清元洪投资区"


def test_a_bare_park_word_does_not_point_back_to_the_former_parks_a_zone_was_made_of(nlp):
    text = ("齐齐哈尔高新技术产业开发区(简称齐齐哈尔高新区)由原齐齐哈尔高新技术产业园和富拉尔基工业园区整合而成,"
            "核准面积12.6平方公里。园区以重型机械、轨道交通装备和数控机床为主导产业,2022年装备制造产业实现产值412亿元。")
    _, records = extract(nlp, text)
    assert {i["name"]: i["zone"] for i in of(records, "industry")}["重型机械"] == "齐齐哈尔高新技术产业开发区"
    assert {m["text"]: m["zone"] for m in of(records, "money")}["412亿元"] == "齐齐哈尔高新技术产业开发区"


def test_a_bare_park_word_points_back_to_a_park_named_outside_a_merger(nlp):
    text = ("齐齐哈尔高新技术产业开发区规划面积58平方公里。富拉尔基工业园区位于富拉尔基区。"
            "园区以重型机械为主导产业,2022年实现产值412亿元。")
    _, records = extract(nlp, text)
    assert {m["text"]: m["zone"] for m in of(records, "money")}["412亿元"] == "富拉尔基工业园区"


def test_names_a_bracket_calls_a_zone_by_are_its_aliases(nlp):
    text = ("先科普一下:北京经济技术开发区(大家都叫它北京经开区或者亦庄开发区),现在的规划面积有225平方公里。\n"
            "亦庄开发区是1992年开始建的,2019年底又扩区,从原来的60平方公里左右扩到225平方公里。")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"北京经济技术开发区": ["北京经开区", "亦庄开发区"]}
    assert {a["zone"] for a in of(records, "area")} == {"北京经济技术开发区"}


def test_zones_listed_in_a_bracket_without_a_calling_word_stay_apart(nlp):
    text = "五金厂可以看三个园区(松江经开区或者嘉善经开区、太仓港经开区),地价差别很大。"
    _, records = extract(nlp, text)
    assert {"松江经开区", "嘉善经开区"} <= set(zones_of(records))

def test_an_exported_sheets_remark_with_a_comma_in_brackets_keeps_its_row_in_the_table(nlp):
    text = ("序号,项目名称,投资方,总投资(万元),总投资(亿元),拟用地(亩),落户园区,备注\n"
            "1,复合材料项目,上海华谊公司,350000,35,260,上海金山工业区,\n"
            "2,,,,,,上海金山工业区,(续上行,二期)追加投资\n"
            "3,冷链物流中心项目,新加坡丰树集团,90000,9,180,枫泾物流园,\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["zone"]) for m in of(records, "money")}
    assert money["90000"] == (900000000.0, "枫泾物流园") and money["9"] == (900000000.0, "枫泾物流园")
    assert {a["text"]: a["zone"] for a in of(records, "area")}["180"] == "枫泾物流园"


def test_an_exported_sheets_row_without_brackets_around_its_comma_is_left_unread(nlp):
    # the comma parts the row into one field more than its header has: the row cannot be lined up, so it is not read
    text = ("序号,项目名称,投资方,总投资(万元),总投资(亿元),拟用地(亩),落户园区,备注\n"
            "1,复合材料项目,上海华谊公司,350000,35,260,上海金山工业区,\n"
            "2,扩产项目,上海华谊公司,一期,二期,120000,12,150,上海金山工业区,\n")
    _, records = extract(nlp, text)
    assert "120000" not in {m["text"] for m in of(records, "money")}


def test_a_chain_plans_numbered_chain_headings_name_its_planned_industries(nlp):
    text = ("临沂市2023年重点产业链链长制工作方案\n"
            "(一)高端化工产业链\n链长:分管工业的副市长。牵头园区:临沂临港经济开发区。\n"
            "(二)现代物流产业链\n链长:分管商务的副市长。\n")
    _, records = extract(nlp, text)
    industries = {i["name"]: i["role"] for i in of(records, "industry")}
    assert industries == {"高端化工": "planned", "现代物流": "planned"}


def test_a_numbered_heading_of_a_task_on_chains_names_no_industry(nlp):
    text = "(一)延伸产业链\n推动链主企业带动上下游企业集聚。\n(二)强化产业链\n完善配套。\n"
    _, records = extract(nlp, text)
    assert of(records, "industry") == []


def test_leading_industries_written_fenbie_wei_are_read(nlp):
    text = "金山工业区、湾区高新区主导产业分别为新材料、生物医药。"
    _, records = extract(nlp, text)
    assert {i["name"]: i["role"] for i in of(records, "industry")} == {"新材料": "leading", "生物医药": "leading"}


def test_new_industry_words_of_food_energy_and_agricultural_parks(nlp):
    text = ("沂南经济开发区以肉制品加工、预制菜为主导产业。兰陵经济开发区重点发展光伏组件、储能电池。"
            "产业园配套发展农村电商和休闲农业。西港特区未来将重点发展汽车轮胎和机械电子。")
    _, records = extract(nlp, text)
    assert {"预制菜", "光伏组件", "储能电池", "农村电商", "休闲农业", "汽车轮胎", "机械电子"} <= {
        i["name"] for i in of(records, "industry")}


def test_prepared_dishes_brought_in_as_projects_name_no_industry(nlp):
    text = "园区重点引进预制菜、中央厨房等项目,并配套建设冷链物流中心。"
    _, records = extract(nlp, text)
    assert of(records, "industry") == []


def test_amounts_after_the_yuan_sign_are_yuan(nlp):
    text = "起拍价:¥34,036,600评估价:¥48,623,700保证金:¥5,000,000"
    _, records = extract(nlp, text)
    assert sorted((m["value"], m["currency"]) for m in of(records, "money")) == [
        (5000000.0, "CNY"), (34036600.0, "CNY"), (48623700.0, "CNY")]


def test_a_count_after_the_yuan_sign_is_no_amount(nlp):
    _, records = extract(nlp, "共¥12台设备,单价¥3.5/件。")
    assert of(records, "money") == []


def test_a_unit_cell_in_millions_of_a_currency_prices_its_row(nlp):
    text = ("六、关键绩效指标\n\n指标 单位2020年2021年\n收入 港币百万元  1,656  1,862\n"
            "纳税总额 人民币百万元  198  236\n")
    _, records = extract(nlp, text)
    assert sorted((m["text"], m["value"], m["currency"]) for m in of(records, "money")) == [
        ("1,656", 1656000000.0, "HKD"), ("1,862", 1862000000.0, "HKD"), ("198", 198000000.0, "CNY"),
        ("236", 236000000.0, "CNY")]


def test_a_row_in_a_count_beside_millions_stays_unread(nlp):
    text = "指标 单位2020年2021年\n收入 港币百万元  1,656  1,862\n员工人数 百人  12  15\n"
    _, records = extract(nlp, text)
    assert {m["text"] for m in of(records, "money")} == {"1,656", "1,862"}


def test_a_total_row_written_across_the_serial_and_name_columns_is_read_in_line(nlp):
    text = ("本次发行募集资金将投资于以下项目:\n\n单位:万元\n序号 项目名称 项目总投资 拟投入募集资金 建设期 项目备案\n"
            "1  年产3万吨多晶硅材料项目  86,500.00  78,000.00  24个月 石高新备〔2021〕47号\n"
            "2  研发中心建设项目  12,800.00  12,800.00  18个月 石高新备〔2021〕48号\n"
            "合计  99,300.00  90,800.00  — —\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["category"]) for m in of(records, "money")}
    assert money["99,300.00"] == (993000000.0, "investment")
    assert money["90,800.00"] == (908000000.0, "investment")
    assert money["78,000.00"] == (780000000.0, "investment")


def test_a_total_row_opening_with_an_empty_serial_cell_is_not_shifted(nlp):
    # the empty 序号 cell opens the row: 合计 stands under the name, and its figures cannot be lined up one column right
    text = ("表2 重点项目\n序号\t项目名称\t总投资(亿元)\t用地(亩)\t计划开工时间\n"
            "1\t整车扩能项目\t45\t600\t2016年6月\n\t小计\t—\t45\t—\n")
    _, records = extract(nlp, text)
    assert [a["text"] for a in of(records, "area")] == ["600"]


def test_an_exported_sheets_currency_column_prices_its_rows_amounts(nlp):
    text = ("外资项目明细(原币)\n序号,项目,外方,币种,合同外资,首期到位,折人民币(万元),备注\n"
            "1,汽车轻量化零部件项目,德国博泽集团,EUR,11000万,3000万,86020,含二期追加\n"
            "2,精细化工研发中心项目,日本三井化学,日元,45亿,10亿,29475,\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["currency"], m["category"]) for m in of(records, "money")}
    assert money["11000万"] == (110000000.0, "EUR", "investment")
    assert money["3000万"] == (30000000.0, "EUR", "investment")
    assert money["45亿"] == (4500000000.0, "JPY", "investment")


def test_a_bare_number_under_a_currency_column_states_no_magnitude_and_is_left(nlp):
    text = ("序号,项目,外方,币种,合同外资,就业人数,备注\n"
            "1,汽车轻量化零部件项目,德国博泽集团,EUR,11000,3万,\n"
            "2,精细化工研发中心项目,日本三井化学,JPY,45000,2万,\n")
    _, records = extract(nlp, text)
    assert of(records, "money") == []


def test_a_handicraft_trade_ending_in_gongye_is_named_without_its_ye(nlp):
    _, records = extract(nlp, "园区主导产业为民族手工业、农畜产品加工和商贸物流。")
    assert {"民族手工", "农畜产品加工", "商贸物流"} <= {i["name"] for i in of(records, "industry")}


def test_the_word_gongye_alone_after_a_field_still_names_no_industry(nlp):
    _, records = extract(nlp, "园区主导产业为电子工业和传统工业。")
    assert not {"电子工业", "传统工业", "电子", "传统"} & {i["name"] for i in of(records, "industry")}


def test_an_enclave_parks_share_written_zhongdian_chengjie_names_planned_industries(nlp):
    text = "亦怀产业园规划面积8.6平方公里,重点承接新一代信息技术、高端装备和生物医药产业的生产制造环节。"
    _, records = extract(nlp, text)
    industries = {i["name"]: i["role"] for i in of(records, "industry")}
    assert industries["新一代信息技术"] == industries["高端装备"] == "planned"


def test_projects_an_intake_cue_brings_in_name_no_industries(nlp):
    _, records = extract(nlp, "临空高新技术板块重点承接数字经济、医疗器械等项目。园区重点承接产业转移。")
    assert of(records, "industry") == []

def test_a_tables_title_naming_how_goals_came_out_makes_no_goals_of_its_results(nlp):
    text = ("长春市开发区“双招双引”工作周报\n2024年5月6日\n"
            "【各开发区年度签约目标完成情况】\n"
            "开发区 | 年度签约目标（亿元） | 1-4月完成（亿元） | 完成率\n"
            "汽开区 | 900 | 386.5 | 42.9%\n"
            "长春新区 | 800 | 312 | 39.0%\n")
    _, records = extract(nlp, text)
    goals = {t["text"]: t["year"] for t in of(records, "target")}
    assert goals.get("900") == 2024 and goals.get("800") == 2024  # the goal column stays goals
    assert "386.5" not in goals and "312" not in goals  # what was done by April


def test_a_tables_title_naming_goals_alone_still_makes_its_figures_goals(nlp):
    text = ("长春市开发区发展规划\n2024年5月6日\n"
            "【各开发区2025年发展目标】\n"
            "开发区 | 签约项目（亿元） | 完成投资（亿元）\n"
            "汽开区 | 900 | 386.5\n"
            "长春新区 | 800 | 312\n")
    _, records = extract(nlp, text)
    assert "386.5" in {t["text"] for t in of(records, "target")}


def test_the_bars_of_a_grants_case_opening_its_clause_are_no_goals(nlp):
    text = ("2022年,高新区力争营业收入突破一千五百亿元。"
            "新区将设立规模一百亿元的新区产业发展基金,对年营业收入首次超过50亿元、10亿元的企业分别奖励100万元、50万元。")
    _, records = extract(nlp, text)
    money = {m["text"]: m["target"] for m in of(records, "money")}
    assert money["超过50亿元"] is False and money["10亿元"] is False
    assert money["一百亿元"] is True  # the fund to set up stays a goal
    assert not any("50亿元" in t["text"] or t["text"] == "10亿元" for t in of(records, "target"))


def test_a_bar_under_a_goal_word_opening_its_clause_is_no_grants_case(nlp):
    _, records = extract(nlp, "力争对年营业收入超过50亿元的企业实现全覆盖,年营业收入达到100亿元。")
    assert {m["text"]: m["target"] for m in of(records, "money")}["超过50亿元"] is True


def test_the_time_a_procedure_takes_by_its_rules_is_no_goal(nlp):
    text = ("某某高新区2022年工作方案\n一、主要任务\n"
            "经初审、专家评审后,在高新区门户网站公示7个工作日,无异议的于30个工作日内拨付。"
            "企业开办时间压缩至1个工作日以内,审批时间控制在10个工作日以内。")
    _, records = extract(nlp, text)
    goals = {t["metric"]: t["value"] for t in of(records, "target")}
    assert goals == {"企业开办时间": 1, "审批时间": 10}  # the limits a reform brings about stay goals


def test_a_clause_of_yongdi_alone_states_the_land_a_project_takes(nlp):
    text = ("2023年11月,该负责人透露,公司计划明年在天竺综保区投资约2亿港元建设区域分拨中心,用地约30亩。"
            "约定绿源公司投资建设竹基新材料项目,项目计划总投资人民币三亿元,其中固定资产投资不低于2.4亿元,项目用地约150亩;")
    _, records = extract(nlp, text)
    goals = {t["text"] for t in of(records, "target")}
    assert not any("用地" in g for g in goals)
    assert "约2亿港元" in "".join(goals)  # the investment stays a goal


def test_new_construction_land_to_reach_stays_a_goal_beside_a_yongdi_clause(nlp):
    _, records = extract(nlp, "力争2025年新增建设用地3000亩,盘活低效用地500亩。")
    assert {t["value"] for t in of(records, "target")} == {2.0, 0.333333}


def test_a_projects_completion_year_followed_by_its_projection_carries_into_no_later_sentence(nlp):
    text = ("2019年9月5日\n"
            "此外,一家中国光伏企业当天与园区签署备忘录,计划分两期投资5亿美元兴建太阳能电池及组件厂,首期投资2亿美元,"
            "预计2021年投产,投产后年产值约30亿令吉。该企业代表表示,工厂将聘用约1500名员工,其中本地员工比例不低于80%。")
    _, records = extract(nlp, text)
    assert not [t for t in of(records, "target") if t["year"] == 2021 and t["unit"] in ("people", "percent")]


def test_a_plans_horizon_still_carries_into_the_sentence_after(nlp):
    text = ("2019年9月5日\n"
            "到2021年,园区工业总产值达到300亿元。新引进项目力争达到50个。")
    _, records = extract(nlp, text)
    assert {t["value"]: t["year"] for t in of(records, "target")}[50] == 2021


@pytest.mark.parametrize("text", [
    "经公司初步测算,本项目全部达产后预计可实现年销售收入约60亿元,税后财务内部收益率约14.2%。",
    "基于每股NAV折让17%,给予目标价4.85港元,预计2021年盈利增长20%。",
    "本项目计划总投资占公司最近一期经审计净资产的比例为58.6%。",
    "本公司拟将所得款项净额约60%用于合肥产业园二期建设。",
])
def test_a_companys_financial_appraisal_percent_is_no_goal(nlp, text):
    _, records = extract(nlp, text)
    assert not [t for t in of(records, "target") if t["unit"] == "percent" and t["value"] in (14.2, 17, 58.6, 60)]


def test_a_share_to_reach_beside_an_appraisal_clause_stays_a_goal(nlp):
    _, records = extract(nlp, "预计项目内部收益率约14.2%,力争本地员工比例达到80%。")
    assert [t["value"] for t in of(records, "target") if t["unit"] == "percent"] == [80]


REVIEWED_DIRECTOR_REPORT = (
    "日照经济技术开发区管委会主任2019年度述职报告\n发布时间:2020-01-16\n"
    "一、主要工作成效\n"
    "(六)重点项目加快推进。总投资50亿元的华东汽车轮毂产业基地一期投产,年内实现产值12亿元;"
    "总投资28亿元的日照钢铁精深加工项目开工建设;日照国际物流园冷链中心项目完成投资3.2亿元,建成冷库库容8万吨。\n"
    "三、2020年工作目标\n"
    "二是加快日照国际物流园二期建设,计划投资15亿元,年内建成冷链仓储10万平方米。\n")


def test_nian_nei_under_a_heading_of_results_records_the_year_it_reviews(nlp):
    _, records = extract(nlp, REVIEWED_DIRECTOR_REPORT)
    goals = {t["value"]: t["year"] for t in of(records, "target")}
    assert 1.2e9 not in goals and 3.2e8 not in goals and 80000 not in goals
    assert goals[1.5e9] == 2020 and goals[0.1] == 2020  # the plan's section keeps its goals


def test_a_projects_size_opening_its_clause_takes_no_year_from_the_clause_before(nlp):
    _, records = extract(nlp, REVIEWED_DIRECTOR_REPORT)
    money = {m["text"]: m["year"] for m in of(records, "money")}
    assert money["28亿元"] is None


def test_a_bar_sorting_projects_after_a_dated_clause_keeps_its_year(nlp):
    text = "2022年,长春汽开区实现地区生产总值1218亿元;引进汽车零部件项目42个,总投资三十亿元以上的项目3个。"
    _, records = extract(nlp, text)
    assert {m["text"]: m["year"] for m in of(records, "money")}["三十亿元以上"] == 2022

@pytest.mark.parametrize("sentence, figure, year", [
    # a span whose list ends on 和, and years listed one by one
    ("2017年至2019年,发行人分别收到管委会拨付的财政补贴2.15亿元、2.36亿元和2.58亿元。", "2.36", (2018, 2019)),
    ("发行人2017年、2018年、2019年到期有息债务分别为18.6亿元、22.4亿元和25.1亿元,偿债高峰集中在2019年。", "18.6",
     (2017, 2019)),
    ("基础设施项目2021年度、2022年度分别实现营业收入1.21亿元和1.37亿元,息税折旧摊销前利润分别为8216.4万元和9862.5万元。",
     "8216", (2021, 2022)),
    # decoys: listed years out of order, a list of three after two years, a year between the list and its 分别
    ("2019年、2017年营业收入分别为3亿元和2亿元。", "3亿", None),
    ("2021年、2022年营业收入分别为1亿元、2亿元和3亿元。", "2亿", None),
    ("2017年、2018年两园区实施项目,2020年营业收入分别为1亿元和2亿元。", "1亿", None),
])
def test_respective_year_pairs_items_with_years_listed_or_a_span_ending_on_he(sentence, figure, year):
    from extractors.context import respective_year

    assert respective_year(sentence, sentence.find(figure)) == year


def test_debts_due_in_listed_years_take_each_its_year(nlp):
    text = "发行人2017年、2018年、2019年到期有息债务分别为18.6亿元、22.4亿元和25.1亿元,偿债高峰集中在2019年。"
    money = of(extract(nlp, text)[1], "money")
    assert sorted((m["value"], m["year"]) for m in money) == [(1.86e9, 2017), (2.24e9, 2018), (2.51e9, 2019)]


@pytest.mark.parametrize("head, year", [
    # an official's report on a year's work, published the year after: its results are of the year it reviews
    ("首页 > 政务公开 > 领导述职\n某经济技术开发区管委会主任2019年度述职报告\n发布时间:2020-01-16\n\n", 2019),
    # decoy: a site's menu naming the genre, over a page of its own year
    ("范文网 | 工作总结 | 述职报告\n某经济技术开发区2020年工作动态\n发布时间:2020-06-16\n\n", None),
])
def test_a_year_of_work_an_official_reports_on_dates_its_results(nlp, head, year):
    text = head + "一、主要工作成效\n日照国际物流园冷链中心项目完成投资3.2亿元,建成冷库库容8万吨。\n"
    [fact] = [f for f in of(extract(nlp, text)[1], "money") if f["value"] == 3.2e8]
    assert fact["year"] == year


@pytest.mark.parametrize("text, figure, kind", [
    # a land noun closing a short phrase after the area: land in use
    ("在深河园,他以每亩6万元人民币的价格买下120亩工业用地,投资1.2亿港元建起新厂。", "120亩", "land_use"),
    ("该企业今年初在前海购得一幅面积约1.2公顷的商业用地,计划兴建区域总部大楼。", "1.2公顷", "land_use"),
    ("三是土地、资金等要素制约明显,尚有2100亩已批未供土地未能有效利用。", "2100亩", "land_use"),
    # decoys: floor space with no land noun, a land noun past the clause's end, a cue before deciding
    ("园区新建标准厂房20万平方米,配套建设宿舍楼。", "20万平方米", "other"),
    ("建成厂房4.5万平方米,用地手续已办结。", "4.5万平方米", "other"),
    ("园区规划面积12平方公里建设用地。", "12平方公里", "planned"),
])
def test_an_area_before_a_land_noun_is_land_use(nlp, text, figure, kind):
    [fact] = [f for f in of(extract(nlp, text)[1], "area") if figure in f["text"]]
    assert fact["kind"] == kind


@pytest.mark.parametrize("text, figure, kind", [
    ("温岭经济开发区、玉环经济开发区分别获批扩区,扩区面积分别为12.6平方公里和8.3平方公里。", "8.3平方公里", "planned"),
    ("工业局将协助高雄市政府办理第二期扩区,扩区面积约42公顷,预计114年完成。", "42公顷", "planned"),
    # decoy: the land an expansion brings into use keeps its own cue
    ("扩区后规划用地达到15525亩。", "15525亩", "land_use"),
])
def test_the_area_an_expansion_adds_is_planned(nlp, text, figure, kind):
    [fact] = [f for f in of(extract(nlp, text)[1], "area") if figure in f["text"]]
    assert fact["kind"] == kind


@pytest.mark.parametrize("text, figure, category", [
    ("我们是二〇一三年从山东潍坊过来的,第一期投了八千万元,今年又上了第二条生产线。", "八千万元", "investment"),
    ("中马柔佛绿色科技产业园二期动工,中方承诺再投12亿美元。", "12亿美元", "investment"),
    # decoy: 投放 of loans stays financing
    ("银行今年向园区企业投放贷款12亿元。", "12亿元", "financing"),
])
def test_spoken_forms_of_investing_make_investment(nlp, text, figure, category):
    [fact] = [f for f in of(extract(nlp, text)[1], "money") if figure in f["text"]]
    assert fact["category"] == category


@pytest.mark.parametrize("head, year", [
    # a zone's report on its development in one year, issued early the next
    ("某高新技术产业开发区\n2024年度发展报告\n\n某高新技术产业开发区管理委员会\n二〇二五年一月\n\n", 2024),
    # decoy: a development report naming no year as a period
    ("某高新技术产业开发区发展报告\n\n某高新技术产业开发区管理委员会\n二〇二五年一月\n\n", None),
])
def test_a_zones_report_on_a_years_development_dates_its_results(nlp, head, year):
    text = head + "一、发展概况\n日照国际物流园冷链中心项目完成投资3.2亿元,建成冷库库容8万吨。\n"
    [fact] = [f for f in of(extract(nlp, text)[1], "money") if f["value"] == 3.2e8]
    assert fact["year"] == year

def test_a_sites_menu_line_is_no_title_naming_its_city(nlp):
    text = ("沧州市人民政府  首页 | 政务公开 | 政务服务 | 互动交流 | 走进沧州\n"
            "您的位置:首页 > 政务公开 > 规划计划\n"
            "沧州临港化工产业园发展规划\n"
            "沧州临港化工产业园规划面积12.8平方公里。临港化工产业园2020年完成投资12亿元。"
            "周边的沧州经济开发区物流需求旺盛。\n"
            "第四章 重点项目\n"
            "“十四五”期间规划实施重点项目24个,总投资268亿元。")
    _, records = extract(nlp, text)
    assert {m["text"]: m["zone"] for m in of(records, "money")}["268亿元"] == "沧州临港化工产业园"


def test_a_city_title_after_a_sites_menu_still_speaks_of_the_city(nlp):
    text = ("沧州市人民政府  首页 | 政务公开 | 政务服务 | 互动交流 | 走进沧州\n"
            "沧州市国民经济和社会发展统计公报\n"
            "沧州临港化工产业园规划面积12.8平方公里。临港化工产业园2020年完成投资12亿元。"
            "周边的沧州经济开发区物流需求旺盛。\n"
            "第四章 固定资产投资\n"
            "全年实施重点项目240个,总投资2680亿元。")
    _, records = extract(nlp, text)
    assert {m["text"]: m["zone"] for m in of(records, "money")}["2680亿元"] is None


def test_an_issuers_letterhead_heads_no_section(nlp):
    text = ("东营港经济开发区管理委员会文件\n"
            "东港管发〔2019〕12号\n"
            "关于印发《东营临港化工产业园安全整治方案》的通知\n"
            "东营临港化工产业园安全整治方案\n"
            "东营临港化工产业园(以下简称化工园)位于东营港经济开发区北部,规划面积28.6平方公里。\n"
            "一、整改目标\n"
            "到2019年底,完成整改投资1.8亿元,关停取缔化工企业5家。")
    _, records = extract(nlp, text)
    assert {m["text"]: m["zone"] for m in of(records, "money")}["1.8亿元"] == "东营临港化工产业园"


def test_a_zones_letterhead_over_its_own_plan_keeps_its_zone(nlp):
    text = ("东营港经济开发区管理委员会文件\n"
            "东港管发〔2019〕12号\n"
            "关于印发《东营港经济开发区安全整治方案》的通知\n"
            "一、整改目标\n"
            "到2019年底,完成整改投资1.8亿元,关停取缔化工企业5家。")
    _, records = extract(nlp, text)
    assert {m["text"]: m["zone"] for m in of(records, "money")}["1.8亿元"] == "东营港经济开发区"


def test_a_zone_named_in_a_development_companys_name_is_no_zone(nlp):
    text = ("长寿开发投资集团有限公司成立于2003年。"
            "重庆市长寿经济技术开发区开发投资集团有限公司是重庆长寿经济技术开发区唯一的园区开发建设平台。\n"
            "项目建成后由银川新区化工园区开发建设有限公司负责运营,年委托运营费约1500万元。")
    _, records = extract(nlp, text)
    names = set(zones_of(records))
    assert "重庆长寿经济技术开发区" in names
    assert not names & {"重庆市长寿经济技术开发区", "银川新区", "银川新区化工园区"}


def test_a_parks_development_without_a_company_word_keeps_the_zone(nlp):
    text = "今年将加快乐都工业园区开发建设,完成投资12亿元。"
    _, records = extract(nlp, text)
    assert "乐都工业园区" in zones_of(records)


def test_a_short_form_said_with_yejiushi_is_the_zones_alias(nlp):
    text = ("第二个是河北霸州经济开发区,也就是大家熟悉的霸州园区,规划面积34.68平方公里。"
            "园区内的霸州航天产业园占地1500亩,力争到2025年霸州经济开发区营业收入突破一千亿元。\n"
            "霸州园区去年新签约项目投资150亿元。")
    _, records = extract(nlp, text)
    assert "霸州园区" in zones_of(records)["河北霸州经济开发区"]
    assert {m["text"]: m["zone"] for m in of(records, "money")}["150亿元"] == "河北霸州经济开发区"


def test_yejiushi_before_a_year_joins_no_zones(nlp):
    text = ("去年,也就是2022年,霸州经济开发区进出口额达到163亿元,"
            "文安经济开发区,也就是说另一个园区,进出口额达到20亿元。")
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {"霸州经济开发区", "文安经济开发区"}


def test_a_provinces_bonded_zones_together_are_no_zone(nlp):
    text = ("2022年广西综合保税区运行情况通报\n"
            "2022年广西综合保税区实现进出口总额1530亿元。"
            "其中南宁综合保税区进出口560亿元,钦州综合保税区进出口420亿元。")
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {"南宁综合保税区", "钦州综合保税区"}
    assert {m["text"]: m["zone"] for m in of(records, "money")}["1530亿元"] is None


def test_a_bonded_zone_named_by_a_city_of_its_provinces_name_stays_a_zone(nlp):
    text = "吉林综合保税区今年进出口总额达到50亿元。"
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {"吉林综合保税区"}


def test_a_park_named_after_its_host_around_the_hosts_definition_keeps_the_whole_name(nlp):
    text = ("为保障北海铁山港经济技术开发区(以下简称铁山港开发区)石化产业园三期扩区建设,现将征收土地有关事项公告如下:\n"
            "本次征收土地位于铁山港开发区石化产业园东侧,面积约2000亩。\n"
            "石化产业园是铁山港开发区的核心园区,现状建成面积18.6平方公里。")
    _, records = extract(nlp, text)
    zones = zones_of(records)
    assert "石化产业园" in zones["铁山港开发区石化产业园"]
    assert "铁山港开发区" in zones["北海铁山港经济技术开发区"]


def test_a_park_written_alone_before_its_host_compound_keeps_its_own_name(nlp):
    text = ("上游工业园今年新入驻企业12家。\n"
            "建设地点:蓬溪经开区上游工业园,总投资5亿元。")
    _, records = extract(nlp, text)
    assert "上游工业园" in zones_of(records)


def test_a_member_parks_bracketed_note_does_not_end_the_list(nlp):
    text = ("改革后,海东工业园区由乐都工业园、平安工业园、民和工业园(川垣新区)、互助绿色产业园四个园区组成,"
            "规划总面积约103.5平方公里。")
    _, records = extract(nlp, text)
    assert {"平安工业园", "互助绿色产业园", "民和工业园"} <= set(zones_of(records))


def test_a_note_before_a_lists_close_starts_no_list(nlp):
    text = ("竹科已扩展为新竹园区、竹南园区、龙潭园区、铜锣园区、宜兰园区及新竹生物医学园区(生医园区)等六个园区。")
    _, records = extract(nlp, text)
    assert "宜兰园区及新竹生物医学园区" not in zones_of(records)


def test_a_column_named_mianji_alone_with_its_unit_is_an_area_column_and_a_land_use_code_table_sets_no_goals(nlp):
    text = ("规划城市建设用地542.18公顷。各类用地规模如下:\n"
            "用地代码  用地性质          面积(公顷)  占城市建设用地比例\n"
            "M     工业用地          312.45    57.63%\n"
            "W     物流仓储用地        46.20     8.52%\n"
            "      合计            542.18    100.00%\n")
    _, records = extract(nlp, text)
    areas = {a["text"]: (a["value"], a["kind"], a["target"]) for a in of(records, "area")}
    assert areas["312.45"] == (3.1245, "land_use", False)
    assert areas["46.20"] == (0.462, "land_use", False)
    assert not {"57.63%", "8.52%", "57.63", "8.52"} & set(areas)


def test_a_yongdi_column_under_a_listed_area_unit_is_land_a_project_takes(nlp):
    text = ("重点项目表(单位:亿元、亩)\n"
            "  序号  项目名称                    总投资    用地     建设期\n"
            "  1     航空货运集散中心            32.5      960      2021—2023\n"
            "  2     京南冷链物流基地            28        620      2021—2024\n")
    _, records = extract(nlp, text)
    areas = {a["text"]: (round(a["value"], 4), a["kind"]) for a in of(records, "area")}
    assert areas == {"960": (0.64, "land_use"), "620": (0.4133, "land_use")}


def test_a_yongdi_column_under_a_money_unit_alone_is_no_area(nlp):
    # the unit line gives no area unit: the 用地 column's figures are of no stated unit
    text = ("重点项目表(单位:亿元)\n"
            "  序号  项目名称                    总投资    用地     建设期\n"
            "  1     航空货运集散中心            32.5      960      2021—2023\n")
    _, records = extract(nlp, text)
    assert of(records, "area") == []
    assert [m["text"] for m in of(records, "money")] == ["32.5"]


def test_a_narrower_row_laid_out_with_spaces_is_read_by_where_its_figures_stand(nlp):
    text = ("公司各生产基地情况如下表:\n\n"
            "基地        所在园区                  设计产能(GWh)   投资额(亿元)   状态\n"
            "滁州一期    滁州经开区                10              32.5           已投产\n"
            "合肥基地    合肥高新技术产业开发区    6               18.6           已投产\n"
            "合计                                  16              51.1\n")
    _, records = extract(nlp, text)
    money = {m["text"]: m["value"] for m in of(records, "money")}
    assert money["51.1"] == 5110000000.0
    assert "16" not in money  # the capacity column's total, not the investment's


def test_a_narrower_row_whose_figures_straddle_two_header_cells_keeps_the_reading_from_its_end(nlp):
    # 1099.1 overlaps both 设计产能 and 投资额 as the page sets them: placed from the row's end, under 投资额
    text = ("基地        所在园区       设计产能(GWh)  投资额(亿元)\n"
            "滁州一期    滁州经开区     10             1066.6\n"
            "合计                                  1099.1\n")
    _, records = extract(nlp, text)
    assert {m["text"]: m["value"] for m in of(records, "money")}["1099.1"] == 109910000000.0


def test_columns_named_as_sums_under_a_money_unit_line_are_amounts_of_compensation(nlp):
    text = ("征收土地公告\n\n各村补偿安置费用测算如下(单位:万元):\n"
            "村名    土地补偿费和安置补助费  青苗及附着物补偿费  社会保障费用  小计\n"
            "果子山村    4182.6          365.4         829.5   5377.5\n"
            "合计      9840.0          860.0         1950.0   12650.0\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["category"]) for m in of(records, "money")}
    assert money["4182.6"] == (41826000.0, "other")
    assert money["829.5"] == (8295000.0, "other")
    assert money["12650.0"] == (126500000.0, "other")


def test_a_standards_table_under_a_unit_per_mu_gives_money_per_mu_and_a_compared_year_dates_nothing(nlp):
    text = ("六、相关补偿标准对照表(单位:元/亩)\n"
            "地类    土地补偿费和安置补助费  青苗补偿费\n"
            "水田      48600          2100\n"
            "林地      21800           —\n"
            "注:与2015年标准相比,水田补偿标准每亩提高6200元。\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["year"]) for m in of(records, "money")}
    assert money["48600"] == (48600.0, None)
    assert money["2100"] == (2100.0, None)
    assert money["21800"] == (21800.0, None)


def test_columns_naming_no_sum_under_a_money_unit_line_stay_unread(nlp):
    text = ("各村征收情况(单位:万元):\n村名    征收面积  涉及农户  人口\n"
            "果子山村    912.40      186        620\n鹰岭村     758.63      142        510\n")
    _, records = extract(nlp, text)
    assert of(records, "money") == []


def test_a_unit_line_of_money_and_percent_puts_trade_columns_in_money_not_ranks(nlp):
    text = ("南宁海关 2022年10月21日\n二、前三季度广西综合保税区进出口情况表\n单位:亿元、%\n"
            "综合保税区 进出口 同比 出口 进口 全国排名\n"
            "南宁综合保税区 482.6 26.7 210.4 272.2 19\n"
            "钦州综合保税区 326.4 12.8 118.6 207.8 37\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["category"], m["year"]) for m in of(records, "money")}
    assert money["482.6"] == (48260000000.0, "other", 2022)
    assert money["207.8"] == (20780000000.0, "other", 2022)
    assert not {"26.7", "19", "37", "12.8"} & set(money)


def test_a_unit_line_of_money_alone_leaves_trade_columns_of_no_stated_money_unread(nlp):
    # no % listed apart: the columns' units are not all said to be the money unit (rows of years under a title
    # naming a plan of money are a schedule instead: test_a_yearly_schedule_of_money_…)
    text = ("表3 分期资金投入情况(单位:万元)\n分期  专项债券资金  项目资本金  合计\n"
            "一期  15000  4000  19000\n二期  11000  2600  13600\n")
    _, records = extract(nlp, text)
    assert not {"15000", "4000", "19000"} & {m["text"] for m in of(records, "money")}


def test_one_column_named_as_a_value_with_its_money_unit_makes_a_header_and_a_valuation_date_dates_nothing(nlp):
    text = ("附件:宏图产业园主要资产清单(摘要)\n序号 | 资产名称 | 面积 | 评估价值(万元) | 抵押权人\n"
            "1 | 1号地块土地使用权 | 312亩 | 11860 | 吉林银行长春分行\n"
            "2 | 研发楼及宿舍楼 | 5.5万平方米 | 11400 | 无\n"
            "合计 | — | — | 23260 | —\n"
            "注:面积以不动产权证书记载为准;评估基准日为2022年6月30日。\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["category"], m["year"]) for m in of(records, "money")}
    assert money["11860"] == (118600000.0, "other", None)
    assert money["23260"] == (232600000.0, "other", None)


def test_a_rent_column_per_square_metre_is_read_and_dated_by_a_note_after_a_total_row_with_no_sum(nlp):
    text = ("(三)基础设施项目主要指标一览\n"
            "项目名称      占地面积     建筑面积    出租率  平均租金(元/平方米/月)  租户数\n"
            "常熟智造产业园一期  126532.40平方米  258716.35平方米  93.6%  26.5            47家\n"
            "常熟东南科创产业园  124.81亩    16.42万平方米  88.2%  32.0            63家\n"
            "合计        —       42.29万平方米  91.4%  —             110家\n"
            "注:出租率为2022年12月31日时点数据。\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["year"]) for m in of(records, "money")}
    assert money["26.5"] == (26.5, 2022)
    assert money["32.0"] == (32.0, 2022)
    assert not {"47家", "93.6%", "47"} & set(money)


def test_one_column_of_counts_with_its_unit_makes_no_money_header(nlp):
    text = ("园区情况一览\n项目名称      所在园区     租户数(家)  备注\n"
            "常熟智造产业园一期  常熟高新区  47  已运营\n常熟东南科创产业园  常熟高新区  63  已运营\n")
    _, records = extract(nlp, text)
    assert of(records, "money") == []


def test_a_narrower_row_closing_with_its_period_is_read_from_the_figures_before_it(nlp):
    text = ("四、重点项目表\n序号 项目名称 所在园区 建设内容 总投资(亿元) 建设年限\n"
            "1东明石化炼化装置节能改造 石化园 余热回收、机泵变频改造 6.5 2023—2024\n"
            "3新能源园储能电站 新能源园100兆瓦/200兆瓦时储能 4.6 2023—2024\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["category"]) for m in of(records, "money")}
    assert money["6.5"] == (650000000.0, "investment")
    assert money["4.6"] == (460000000.0, "investment")


def test_a_narrower_row_closing_with_words_after_its_period_stays_unread(nlp):
    # 在建 after the period: the row's cells cannot be placed from its end
    text = ("四、重点项目表\n序号 项目名称 所在园区 建设内容 总投资(亿元) 建设年限 状态\n"
            "1东明石化炼化装置节能改造 石化园 6.5 2023—2024 在建\n")
    _, records = extract(nlp, text)
    assert of(records, "money") == []


def test_a_range_cell_under_a_rent_column_is_one_amount_with_its_high_end(nlp):
    text = ("附:武进高新区标准厂房租金参考价(2021年)\n片区              月租金(元/平方米)   可租面积(万平方米)\n"
            "南区智造园        18—20                 12.5\n西太湖片区        16                    4.2\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["value_max"], m["approx"]) for m in of(records, "money")}
    assert money["18—20"] == (18.0, 20.0, "range")
    assert money["16"] == (16.0, None, "exact")


def test_a_span_of_years_under_a_money_column_is_no_range_of_amounts(nlp):
    text = ("项目表\n项目名称          总投资(亿元)   投资额(亿元)\n"
            "航空货运集散中心  2021—2023      32.5\n京南冷链物流基地  28             20\n")
    _, records = extract(nlp, text)
    assert "2021—2023" not in {m["text"] for m in of(records, "money")}


def targets_by_text(records):
    return {t["text"]: t for t in of(records, "target")}


def test_goal_fragments_under_a_deadline_heading_take_its_year(nlp):
    # an infographic's goal box: a line naming the deadline, then a label and its figure on each line
    text = ("一图读懂滨江高新区2023年成绩单\n2024-01-20\n\n"
            "到2025年\n生物医药产业 营业收入 突破1000亿元\n软件业务收入 达到3000亿元\n\n"
            "十四五末\n孙村片区 工业总产值 达到1500亿元\n\n"
            "三年内\n新增 产业载体300万平方米\n")
    _, records = extract(nlp, text)
    years = {t["value"]: t["year"] for t in of(records, "target")}
    assert years[100000000000.0] == 2025 and years[300000000000.0] == 2025
    assert years[150000000000.0] == 2025
    assert years[3.0] == 2027


def test_goal_fragments_under_a_years_goals_heading_after_a_blank_line(nlp):
    text = ("一图读懂滨江高新区2023年成绩单\n2024-01-20\n\n"
            "2024年 这样干\n\n地区生产总值 增长8%左右\n新增高新技术企业500家\n")
    _, records = extract(nlp, text)
    years = {(t["value"], t["unit"]): t["year"] for t in of(records, "target")}
    assert years[(8.0, "percent")] == 2024 and years[(500.0, "count")] == 2024


def test_a_year_ending_a_title_line_is_no_heading_over_the_lines_below(nlp):
    # the title's last part (…|2024年这样干) heads no block: the review under it stays a review
    text = ("滨江高新区|2023年成绩单来了!2024年这样干\n原创 2024-01-26\n"
            "👉电子信息:产业规模突破3900亿元\n👉数字经济:核心产业增加值占GDP比重达到36%\n")
    _, records = extract(nlp, text)
    assert not of(records, "target")


def test_a_figure_line_with_a_year_is_no_deadline_heading(nlp):
    # 2023年 实现营收3900亿元 states a result and its year, no heading
    text = ("滨江高新区经济运行\n2024-01-20\n\n"
            "2023年 营收3900亿元\n新增高新技术企业500家\n")
    _, records = extract(nlp, text)
    assert not of(records, "target")


def test_capacity_goals_in_energy_power_and_computing_units(nlp):
    text = ("2023年3月\n到2025年,园区光伏组件产能达到5吉瓦,储能电池产能达到2吉瓦时,算力规模突破50EFLOPS,"
            "新增供电能力120万千伏安,动力电池产能达到10GWh。")
    _, records = extract(nlp, text)
    goals = {(t["value"], t["unit"], t["year"]) for t in of(records, "target")}
    assert {(5.0, "other", 2025), (2.0, "other", 2025), (50.0, "other", 2025), (1200000.0, "other", 2025),
            (10.0, "other", 2025)} <= goals


def test_a_plants_planned_output_takes_the_year_it_is_to_go_into_production(nlp):
    text = ("2023年9月15日\n答:公司于今年3月公告,拟在泰中罗勇工业园投资建设年产4GWh电池模组工厂,"
            "项目总投资不超过2.8亿美元,计划2025年投产。")
    _, records = extract(nlp, text)
    assert {t["value"]: t["year"] for t in of(records, "target")}[4.0] == 2025


def test_a_plants_output_in_a_sentence_saying_it_is_built_is_no_goal(nlp):
    # a plant already in production: its design output is a fact, no goal
    text = ("2023年9月15日\n滁州基地一期项目占地约420亩,于2022年6月投产,设计产能10GWh,现有员工2100余人。")
    _, records = extract(nlp, text)
    assert not of(records, "target")


def test_a_measure_with_a_count_takes_the_year_its_sentence_says_it_is_done_by(nlp):
    text = ("2018年9月20日\n(三)VOCs深度治理。对17家重点企业实施“一厂一策”治理,新建RTO焚烧装置12套,"
            "2018年12月底前全部建成。\n(四)危险废物处置中心二期。新建年处置能力3万吨的危废焚烧线1条,用地62亩,"
            "总投资6200万元,2020年12月底前建成。")
    _, records = extract(nlp, text)
    years = {t["value"]: t["year"] for t in of(records, "target") if t["unit"] == "count"}
    assert years == {12.0: 2018, 1.0: 2020}


def test_a_built_count_dated_before_the_report_is_no_goal(nlp):
    # a review: the plant was done in a year gone by
    text = "2019年1月10日\n新建标准厂房5栋,2016年12月底前全部建成投产。"
    _, records = extract(nlp, text)
    assert not of(records, "target")


def test_items_of_a_respective_list_take_the_listed_years_in_turn(nlp):
    text = ("2023年5月\n(二)可供分配金额预测\n经审阅的预测显示,2023年度、2024年度基础设施项目可供分配金额分别为"
            "8645.3万元和9102.7万元。")
    _, records = extract(nlp, text)
    years = {m["value"]: m["year"] for m in of(records, "money")}
    assert years[86453000.0] == 2023 and years[91027000.0] == 2024


def test_a_respective_list_with_more_items_than_listed_years_takes_no_year_from_them(nlp):
    # three items for two years: which year each is cannot be read from the list
    text = ("2023年5月\n经审阅的预测显示,2023年度、2024年度基础设施项目可供分配金额分别为"
            "8645.3万元、8800万元和9102.7万元。")
    _, records = extract(nlp, text)
    assert {m["value"]: m["year"] for m in of(records, "money")}[86453000.0] != 2023


def test_lines_under_a_heading_naming_a_span_gone_by_are_no_goals(nlp):
    # a 2021 review's box: what the 13th five-year plan's years achieved
    text = ("一图读懂滨江高新区“十三五”成就\n2021-01-20\n\n"
            "十三五期间\n新增高新技术企业500家\n工业总产值 达到1500亿元\n")
    _, records = extract(nlp, text)
    assert not of(records, "target")


def test_an_electronics_parks_computers_with_parts_and_smart_terminals_are_planned_industries(nlp):
    text = "北海电子信息产业园规划面积3.6平方公里，重点发展计算机及配件、智能终端。"
    _, records = extract(nlp, text)
    assert {i["name"]: i["role"] for i in of(records, "industry")} == {"计算机及配件": "planned", "智能终端": "planned"}


def test_carbon_fibre_and_composites_joined_by_ji_stay_one_industry(nlp):
    _, records = extract(nlp, "吉林经开区规划面积41.5平方公里，主导产业为碳纤维及复合材料和精细化工。")
    assert {i["name"] for i in of(records, "industry")} == {"碳纤维及复合材料", "精细化工"}


def test_a_spa_towns_hot_spring_wellness_keeps_its_hot_spring(nlp):
    _, records = extract(nlp, "巡检司镇温泉康养产业园规划面积1.2平方公里，重点发展温泉康养和花卉。")
    assert {i["name"] for i in of(records, "industry")} == {"温泉康养", "花卉"}


def test_new_lines_of_service_a_park_fosters_are_planned_industries(nlp):
    _, records = extract(nlp, "园区重点发展航空物流和冷链物流,培育供应链管理、物流装备研发等新兴业态。")
    industries = {i["name"]: i["role"] for i in of(records, "industry")}
    assert industries["供应链管理"] == "planned" and industries["物流装备研发"] == "planned"


def test_new_lines_of_service_of_unknown_trades_name_no_industries(nlp):
    _, records = extract(nlp, "园区积极培育直播带货、共享经济等新兴业态,加强供应链管理。")
    assert of(records, "industry") == []


def test_an_infographics_counted_box_of_cells_names_leading_industries(nlp):
    text = ("■ 产业\n四大主导产业\n生物医药 ｜ 新一代信息技术 ｜ 智能制造与高端装备 ｜ 医疗康养\n\n"
            "营业收入\n生物医药 超８００亿元\n")
    _, records = extract(nlp, text)
    assert {i["name"]: i["role"] for i in of(records, "industry")} == {
        "生物医药": "leading", "新一代信息技术": "leading", "智能制造与高端装备": "leading", "医疗康养": "leading"}


def test_a_row_of_cells_below_a_counted_heading_must_match_its_count(nlp):
    text = "三大主导产业\n生物医药 ｜ 新一代信息技术 ｜ 智能制造 ｜ 医疗康养\n"
    _, records = extract(nlp, text)
    assert of(records, "industry") == []


def test_a_row_of_figures_below_a_counted_heading_names_no_industries(nlp):
    text = "两大主导产业\n营业收入 ｜ 增长12%\n"
    _, records = extract(nlp, text)
    assert of(records, "industry") == []


def test_spoken_words_of_time_before_the_copula_keep_a_leading_list(nlp):
    text = "合肥高新區老區才十幾平方公里。主導產業這幾年一直是人工智能、集成電路、量子信息、生物醫藥這幾個，量子那塊是真的牛。"
    _, records = extract(nlp, text)
    assert {i["name"]: i["role"] for i in of(records, "industry")} == {
        "人工智能": "leading", "集成电路": "leading", "量子信息": "leading", "生物医药": "leading"}


def test_spoken_pillar_industries_said_mainly_to_be_a_list(nlp):
    _, records = extract(nlp, "园区支柱产业目前主要是装备制造和食品加工。")
    assert {i["name"]: i["role"] for i in of(records, "industry")} == {"装备制造": "pillar", "食品加工": "pillar"}


def test_a_leading_industry_said_always_to_be_a_task_names_none(nlp):
    _, records = extract(nlp, "主导产业一直是我们招商的重点,主导产业目前还是要做大做强。")
    assert of(records, "industry") == []


def test_funds_directed_to_leading_industries_name_no_industry(nlp):
    text = "第二十条 开发区可以设立产业投资基金，引导社会资本投向主导产业。引导信贷资金流向主导产业和特色产业。"
    _, records = extract(nlp, text)
    assert of(records, "industry") == []


def test_a_zone_whose_leading_industry_is_named_before_the_cue_keeps_it(nlp):
    _, records = extract(nlp, "开发区引导社会资本投向新材料产业,园区以装备制造为主导产业。")
    assert {i["name"] for i in of(records, "industry")} == {"装备制造"}


def test_a_cluster_formed_of_a_leading_joined_names_first_part_is_its_own_fact(nlp):
    text = "毕节经开区以新能源汽车及零部件、装备制造为主导产业,培育形成了新能源汽车产业集群。"
    industries = {(i["name"], i["role"]) for i in of(extract(nlp, text)[1], "industry")}
    assert {("新能源汽车及零部件", "leading"), ("新能源汽车", "cluster")} <= industries


def test_a_short_form_of_the_same_role_as_its_joined_name_stays_one_fact(nlp):
    text = "株洲经开区主导产业为汽车及零部件和轨道交通。株洲经开区主导产业为汽车和轨道交通装备。"
    names = [i["name"] for i in of(extract(nlp, text)[1], "industry")]
    assert "汽车及零部件" in names and "汽车" not in names


INFOGRAPHIC = ("一图读懂潍坊高新区2023年经济运行成绩单\n\n"
               "■ 总量\n地区生产总值\n806.5亿元\n同比增长8.2%\n\n"
               "■ 空间\n规划面积191平方公里\n建成区面积96.4平方公里\n\n"
               "托管 昌乐经济开发区\n规划面积64.3平方公里\n新增供地3850亩\n\n"
               "■ 园区\n潍坊光电产业园\n规划面积7.1平方公里\n\n"
               "■ 招商\n全年签约项目81个\n总投资1285亿元\n")


def test_an_infographics_park_label_under_figures_of_the_whole_heads_only_what_follows(nlp):
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, INFOGRAPHIC)[1], "area")}
    assert areas["191平方公里"] == areas["96.4平方公里"] == "潍坊高新区"
    assert areas["64.3平方公里"] == areas["3850亩"] == "昌乐经济开发区"


def test_an_infographics_park_label_right_under_its_heading_heads_the_whole_section(nlp):
    # decoy: a label before any figure of its marked section is the section's title
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, INFOGRAPHIC)[1], "area")}
    assert areas["7.1平方公里"] == "潍坊光电产业园"


REIT_SUMMARY = ("第二节 基础设施项目基本情况\n"
                "本基金拟持有的基础设施项目为位于苏州工业园区内的两处产业园:苏州智造产业园及苏州纳米科创产业园"
                "(以下合称“基础设施项目”)。\n"
                "基础设施项目2021年度、2022年度分别实现营业收入1.21亿元和1.37亿元,息税折旧摊销前利润分别为8216.4万元和"
                "9862.5万元。苏州智造产业园2022年实现营业收入0.8亿元。\n")


def test_a_name_defined_for_parks_taken_together_speaks_of_no_one_park(nlp):
    money = {m["text"]: m["zone"] for m in of(extract(nlp, REIT_SUMMARY)[1], "money")}
    assert money["1.21亿元"] is None and money["1.37亿元"] is None and money["9862.5万元"] is None
    assert money["0.8亿元"] == "苏州智造产业园"


def test_a_name_defined_for_one_park_and_its_buildings_is_that_parks(nlp):
    # decoy: 以下合称 over one park and what is no zone keeps the park's figures
    text = ("苏州智造产业园规划面积1.2平方公里。本基金拟持有其一期厂房及配套用房(以下合称“基础设施项目”)。\n"
            "基础设施项目2022年度实现营业收入1.37亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["1.37亿元"] == "苏州智造产业园"


REIT_PROSPECTUS = ("华夏苏州产业园封闭式基础设施证券投资基金\n招募说明书(摘要)\n\n第一节 基金概况\n"
                   "一、募集规模:按询价区间中值测算,募集资金总额约十九点九一亿元。\n\n第二节 基础设施项目基本情况\n"
                   "项目位于苏州工业园区,园区规划面积278平方公里,2022年实现一般公共预算收入410亿元。\n")


def test_a_funds_prospectus_is_a_companys_document(nlp):
    money = {m["text"]: m["zone"] for m in of(extract(nlp, REIT_PROSPECTUS)[1], "money")}
    assert money["约十九点九一亿元"] is None and money["410亿元"] == "苏州工业园区"


def test_a_zones_summary_of_the_same_shape_keeps_its_zone(nlp):
    # decoy: without the prospectus's title the text before the zone's name is the zone's
    text = REIT_PROSPECTUS.replace("华夏苏州产业园封闭式基础设施证券投资基金\n招募说明书(摘要)", "苏州工业园区项目简介")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["约十九点九一亿元"] == "苏州工业园区"


def test_a_funds_own_figures_are_no_zones(nlp):
    text = "苏州工业园区规划面积278平方公里。本基金拟发售基金份额4亿份,募集资金总额约19.91亿元。"
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["约19.91亿元"] is None


def test_the_company_opening_a_clause_after_two_time_words_is_the_reporting_company(nlp):
    text = "滁州经济技术开发区规划面积约196平方公里。今年上半年公司实现营业收入38.72亿元。"
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["38.72亿元"] is None
    # decoy: the zone after the same time words keeps its figure
    text = text.replace("今年上半年公司", "今年上半年园区")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["38.72亿元"] == "滁州经济技术开发区"


def test_a_listed_companys_record_under_a_pages_furniture_is_a_companys_document(nlp):
    text = ("巨潮资讯网  首页 | 公告查询 | 调研活动\n当前位置:首页 > 调研活动 > 皖东新能(688417)\n"
            "发布时间:2023-09-15 18:42   来源:公司公告\n\n证券代码:688417    证券简称:皖东新能\n\n"
            "皖东新能源科技股份有限公司\n投资者关系活动记录表\n\n"
            "一、经营情况\n截至2023年6月30日,已累计投入募集资金12.37亿元。\n\n"
            "二、参观环节\n滁州基地位于滁州经济技术开发区,规划面积约196平方公里,去年新能源产业实现产值突破500亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["12.37亿元"] is None and money["突破500亿元"] == "滁州经济技术开发区"


def test_figures_after_a_list_of_places_and_fen_bie_are_the_places(nlp):
    text = ("浙江诸暨经济开发区规划面积约101平方公里。从财政收入看,慈溪、义乌一般公共预算收入分别为172.4亿元和98.6亿元,"
            "两地税收收入占比均超过85%。")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["172.4亿元"] is None and money["98.6亿元"] is None


def test_figures_after_a_list_of_zones_and_fen_bie_stay_each_zones(nlp):
    # decoy: zones listed before 分别 take their figures in order
    text = "从产值看,温岭经济开发区、玉环经济开发区工业总产值分别为812亿元和605亿元。"
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["812亿元"] == "温岭经济开发区" and money["605亿元"] == "玉环经济开发区"


@pytest.mark.parametrize("text, value", [
    ("3. 长春至吉林高铁二等座票价人民币36元,每日对开约40班。", 36),
    ("建设游客中心、文创街区及度假酒店,门票价格拟定为每人60元。", 60),
    ("· 【出售】融侨经开区 双层厂房8,600平方米 售价2,680万元", 2.68e7),
    ("以原购置成本1,500万元、成交价3,800万元粗估,卖方税负约为增值部分的三至四成。", 3.8e7),
])
def test_a_ticket_fare_or_sale_price_the_text_reports_is_money_of_no_goal(nlp, text, value):
    _, records = extract(nlp, text)
    [price] = [m for m in of(records, "money") if m["value"] == value]
    assert price["category"] == "other" and price["target"] is False


@pytest.mark.parametrize("text", [
    "本报订阅热线:(852)2564 0768 全年订费港币1,280元",
    "香港中环德辅道中88号12楼 订阅热线:(852) 2856 3300 年费:港币12000元",
    "订阅价格:每月3元",
    "零售价:2.00元",
])
def test_the_pages_own_subscription_fees_are_no_money(nlp, text):
    _, records = extract(nlp, text)
    assert not of(records, "money")


@pytest.mark.parametrize("text", [
    "18.项城市产业集聚区:完成6个亿元以上项目建设,新增主营业务收入40亿元。",
    "招商的时候,一个亿元以上的项目我们能给到设备补贴10%。",
])
def test_the_bar_after_a_spoken_count_of_projects_is_the_amount(nlp, text):
    bars = [(m["text"], m["value"], m["approx"]) for m in of(extract(nlp, text)[1], "money") if m["value"] == 1e8]
    assert bars == [("亿元以上", 1e8, "at_least")]


def test_a_spoken_count_before_a_bare_yiyuan_project_gives_no_amount(nlp):
    # decoy: 一百个亿元项目 has no bar word (以上) after 亿元, which alone is a unit
    assert of(extract(nlp, "今年引进一百个亿元项目。")[1], "money") == []


def test_a_mean_over_many_units_is_no_amount(nlp):
    text = ("报告显示,百强县的平均地区生产总值为1127亿元,平均一般公共预算收入为88亿元。"
            "拟认定基地2022年合计实现工业总产值2.36万亿元,平均每家超过840亿元。")
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [2.36e12]


@pytest.mark.parametrize("text, value", [
    ("2020年新供工业用地1350亩,平均投资强度达到386万元/亩。", 3.86e6),  # a rate per land stays an amount
    ("全市产业集聚区平均投资强度为每亩198万元。", 1.98e6),
    ("园区企业一线员工月平均工资为6200元。", 6200),  # a wage too
    ("岗位3860个,其中技术岗位1420个,平均月薪6800元。", 6800),
])
def test_a_mean_rate_per_land_or_a_mean_wage_stays_an_amount(nlp, text, value):
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [value]


@pytest.mark.parametrize("text, amount", [
    ("园区今年还新签约了一家总投资约8亿埃及镑的纺织企业。", (8e8, "EGP", "investment")),
    ("入园企业达到83家,累计缴纳税费约8亿比尔,直接雇用当地员工约1.5万人。", (8e8, "ETB", "tax")),
    ("合作区去年缴纳的税费约为14亿克瓦查,占当地税收总额的一成以上。", (1.4e9, "ZMW", "tax")),
])
def test_an_overseas_parks_host_currency_is_its_amounts_currency(nlp, text, amount):
    assert [(m["value"], m["currency"], m["category"]) for m in of(extract(nlp, text)[1], "money")] == [amount]


def test_a_persons_name_like_a_currency_is_no_amount(nlp):
    # decoy: 比尔 with no figure before it is a name
    assert of(extract(nlp, "微软创始人比尔·盖茨曾到访园区。")[1], "money") == []


@pytest.mark.parametrize("text, amount", [
    ("午饭在园区附近一家淮扬菜,两个人吃了238块,味道还行。", (238, "exact")),
    ("有人才公寓,应届生月租1500块起,比市区便宜一半。", (1500, "exact")),
    ("好处是离上海近,员工工资比上海低个一千多块。", (1000, "about")),
    ("嘉善到上海客户那边一趟运费三百块左右,一年下来十几万。", (300, "about")),
    ("搞了三台冲床,前前后后投了一百五十万块,结果2018年环保整治。", (1.5e6, "exact")),
])
def test_kuai_after_a_word_of_money_is_yuan_in_speech(nlp, text, amount):
    assert [(m["value"], m["approx"]) for m in of(extract(nlp, text)[1], "money")] == [amount]


@pytest.mark.parametrize("text", [
    "土地整理后分为12块,每块约50亩。",  # no word of money: a count of plots
    "集成电路封装测试年产能由目前的400亿块提升至600亿块。",  # chips
    "出租率已经80%了,租金一天一平米6块5左右。",  # six and a half: not read as 6
    "实行“一套班子、两块牌子”,业务分为三块。",
])
def test_kuai_as_a_measure_word_is_no_amount(nlp, text):
    assert of(extract(nlp, text)[1], "money") == []


def test_a_bound_on_a_rate_per_wan_yuan_is_no_amount(nlp):
    text = "到2025年石化园单位工业增加值能耗降至1.6吨标准煤/万元以下,化工新材料产值占比达到40%。"
    assert of(extract(nlp, text)[1], "money") == []


def test_a_bar_of_wan_yuan_with_no_slash_stays_an_amount(nlp):
    # decoy: 万元以上 as a bar of what is counted is a threshold (GUIDE)
    [bar] = of(extract(nlp, "对纳税额万元以上的企业给予奖励。")[1], "money")
    assert (bar["value"], bar["approx"]) == (1e4, "at_least")

def test_a_chronicle_of_one_year_dates_its_month_entries_by_its_heading(nlp):
    text = ("长治高新区2024年开门红成绩单出炉\n长治高新区发布 2024-03-18 08:30\n\n"
            "📌 2023年大事记\n"
            "▪ 6月,长治高新区成功发行首单园区基础设施公司债,规模5亿元,票面利率3.2%;\n"
            "▪ 8月,省政府批复同意长治高新区扩区,新增规划面积12.4平方公里;\n\n"
            "今年3月,长治高新区新签约项目12个,总投资86亿元。")
    records = extract(nlp, text)[1]
    years = {r["value"]: r["year"] for r in of(records, "money") + of(records, "area")}
    assert years[500_000_000] == 2023 and years[12.4] == 2023
    assert years[8_600_000_000] == 2024  # after the chronicle's block, the report's own year again


def test_a_chronicle_heading_in_roc_years_dates_its_entries(nlp):
    text = ("新竹科学工业园区103年度营运报告(摘要)\n发布日期:104-02-10\n\n"
            "附录103年竹科大事记\n1月:竹南园区第二污水处理厂扩建工程开工。\n"
            "9月:第二届「竹科创新创业大赛」决赛,总奖金新台币300万元。\n")
    [money] = of(extract(nlp, text)[1], "money")
    assert money["year"] == 2014


def test_a_sentence_naming_a_chronicle_heads_none(nlp):
    text = ("长治高新区发布 2024-03-18 08:30\n\n"
            "园区在2023年编印了大事记,全面记录园区成立以来的发展历程和重要事件,供各部门参阅。\n"
            "6月,长治高新区成功发行园区基础设施公司债,规模5亿元。")
    [money] = of(extract(nlp, text)[1], "money")
    assert money["year"] == 2024


def test_a_scorecard_of_a_closed_year_dates_its_undated_results(nlp):
    text = ("一图读懂济南高新区2023年经济运行“成绩单”\n济南高新区融媒体中心 2024-01-26 18:05\n\n"
            "■ 总量\n地区生产总值\n1206.5亿元\n同比增长8.2%\n\n■ 工业\n规模以上工业总产值\n2130亿元\n增长11.6%\n")
    years = {m["value"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert years == {120_650_000_000: 2023, 213_000_000_000: 2023}


def test_a_scorecard_of_the_year_still_running_dates_nothing_by_its_title(nlp):
    text = ("长治高新区2024年“开门红”成绩单出炉,全年目标定了!\n长治高新区发布 2024-03-18 08:30\n\n"
            "长治高新区规划面积58.6平方公里,光电信息产业集群规模突破500亿元。\n")
    years = {m["value"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert years[50_000_000_000] is None


def test_dangnian_after_a_stated_year_in_its_sentence_is_that_year(nlp):
    text = ("2020年6月\n\n在对外开放方面,上海漕河泾新兴技术开发区2018年实际利用外资8.6亿美元,"
            "昆山经济技术开发区当年实现进出口总额830亿美元。")
    years = {m["value"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert years[83_000_000_000] == 2018


def test_dangnian_of_a_debt_after_a_year_end_is_that_year(nlp):
    text = "2016年5月\n\n截至2015年底,花园口累计完成固定资产投资约412亿元,当年到期债务本息约32亿元。"
    years = {m["value"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert years[3_200_000_000] == 2015


def test_dangnian_with_no_year_before_it_in_its_sentence_is_not_restated(nlp):
    text = "2016年5月\n\n园区当年新建标准化厂房5万平方米。"
    [area] = of(extract(nlp, text)[1], "area")
    assert area["year"] == 2016  # the report's year, as before: no stated year for 当年 to point back to

def test_a_park_named_by_its_industry_inside_its_host_is_a_zone(nlp):
    text = "参观吉林经济技术开发区(吉林经开区)。可参观吉林经开区的化纤产业园。化纤产业园展厅开放时间为9:00。"
    zones = zones_of(extract(nlp, text)[1])
    assert "化纤产业园" in zones and "吉林经济技术开发区" in zones
    text = "凭祥综合保税区(凭祥综保区)去年进出口增长。凭祥综保区内红木加工产业园占地320亩,入驻企业46家。"
    assert "红木加工产业园" in zones_of(extract(nlp, text)[1])


def test_a_hosted_park_of_no_trade_names_no_zone(nlp):
    for text in ("吉林经济技术开发区内的产业园占地320亩。", "吉林经济技术开发区的各产业园占地320亩。",
                 "吉林经济技术开发区的核心产业园占地320亩。", "吉林经济技术开发区的特色产业园占地320亩。"):
        assert set(zones_of(extract(nlp, text)[1])) == {"吉林经济技术开发区"}, text


def test_a_sentence_naming_a_park_inside_its_host_leaves_the_paragraph_the_hosts(nlp):
    text = ("【第四站】长春净月高新技术产业开发区(净月高新区)\n净月高新区2018年实现地区生产总值558亿元。\n\n"
            "【第五站】吉林经济技术开发区(吉林经开区)\n如时间充裕,参观吉林经开区的化纤产业园。化纤产业园展厅免费参观。"
            "据介绍,园区内企业2018年碳纤维产业产值达到86亿元。")
    money = {m["value"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money[8600000000.0] == "吉林经济技术开发区"


def test_a_park_named_by_a_town_with_its_mark_and_its_trade_is_a_zone(nlp):
    text = ("新哨镇蔬菜加工园区建成冷库容量3.2万吨。东风镇特色农产品加工园流转土地3200亩。五山乡山地牧业园养殖肉牛4600头。"
            "其中,巡检司镇温泉康养产业园规划面积1.2平方公里;西一镇起飞村民族文化产业园占地300亩;江边乡热区水果产业园种植芒果。")
    assert set(zones_of(extract(nlp, text)[1])) == {
        "新哨镇蔬菜加工园区", "东风镇特色农产品加工园", "五山乡山地牧业园", "巡检司镇温泉康养产业园",
        "西一镇起飞村民族文化产业园", "江边乡热区水果产业园"}


def test_a_town_mark_naming_no_town_or_a_clause_before_a_park_names_none(nlp):
    for text in ("按照一乡一园的思路,全市规划建设乡镇产业园7个。", "杏坛镇同时推进杏坛工业园改造。",
                 "推进城乡物流园建设。", "全镇工业园区完成投资3亿元。"):
        assert not any("镇" in z or "乡" in z for z in zones_of(extract(nlp, text)[1])), text


def test_a_park_named_by_its_industry_that_a_zone_builds_is_a_zone(nlp):
    text = "襄樊高新技术产业开发区今年计划完成固定资产投资120亿元,并新建汽车零部件配套园,规划用地约8平方公里。"
    assert "汽车零部件配套园" in zones_of(extract(nlp, text)[1])
    text = "东明经济开发区碳排放稳步下降。东明经济开发区建设再生资源回收利用产业园,占地300亩,总投资8亿元。"
    assert "再生资源回收利用产业园" in zones_of(extract(nlp, text)[1])


def test_a_kind_of_park_to_be_built_names_no_zone(nlp):
    for text in ("根据《北京跨境电子商务综合试验区发展规划》,到2025年建设跨境电商产业园20家。",
                 "全市要加快建设新材料产业园。"):
        assert not any(z.endswith("产业园") for z in zones_of(extract(nlp, text)[1])), text


def test_a_city_with_its_shi_before_a_zones_place_is_the_citys_short_form(nlp):
    text = ("常州武进国家高新技术产业开发区\n出租方:某公司\n地址:常州市武进国家高新技术产业开发区(以下简称“武进高新区”)常武南路588号\n"
            "根据《武进高新区标准厂房租赁管理办法》订立本合同。")
    zones = zones_of(extract(nlp, text)[1])
    assert list(zones) == ["常州武进国家高新技术产业开发区"] and "武进高新区" in zones["常州武进国家高新技术产业开发区"]


@pytest.mark.parametrize("heading, sentence", [
    ("五、保障措施", "区财政每年安排化债专项资金不少于5亿元;"),
    ("第五章 保障措施", "每年安排物流业发展专项资金五千万元,对新建高标准冷库按每吨库容200元给予补助。"),
    ("四、下一步工作", "市财政每年安排产业园发展专项资金不少于3000万元;"),
])
def test_a_sum_allotted_each_year_under_a_commitments_heading_is_a_goal(nlp, heading, sentence):
    # a debt plan, a web page whose plan title is not its first line, a report's next steps: no plan title read
    text = "某某开发投资集团有限公司\n关于有关事项的报告\n\n" + heading + "\n" + sentence + "\n"
    [goal] = [t for t in of(extract(nlp, text)[1], "target") if "元" in t["text"]]
    assert goal["year"] is None


@pytest.mark.parametrize("heading, sentence", [
    ("四、扶持政策", "省财政每年安排省级工业园区发展专项资金三亿五千万元,重点支持园区污水处理、标准厂房等公共设施建设。"),
    ("第一章 总则", "第三条 高新区设立人才发展专项资金,每年安排3000万元,用于本细则规定的各项补贴和奖励。"),
    ("二、保障措施落实情况", "市财政每年安排园区发展专项资金2亿元,对考评前10名的园区给予奖励。"),
])
def test_a_sum_allotted_each_year_in_a_policys_terms_stays_no_goal(nlp, heading, sentence):
    # decoys: a policy in force states its standing terms; a heading reviewing the measures reports them
    text = "某某市人民政府文件\n关于促进园区发展的若干意见\n\n" + heading + "\n" + sentence + "\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_fund_set_up_under_a_commitments_heading_is_a_goal(nlp):
    text = ("关于弥勒市国家现代农业产业园建设情况的报告\n\n四、下一步工作\n"
            "设立规模2亿元的农业产业发展基金。\n")
    [goal] = of(extract(nlp, text)[1], "target")
    assert (goal["value"], goal["year"]) == (2e8, None)


def test_a_fund_set_up_in_a_policys_terms_stays_no_goal(nlp):
    # decoy: outside a plan and a commitments heading, a fund named with bare 设立 stays unread (round 29b: most
    # sets annotate such a fund in a policy's terms as no goal)
    text = "某某市人民政府文件\n关于促进园区发展的若干意见\n\n四、支持政策\n市财政设立规模1亿元的开发区人才发展基金,用于人才引进和培训。\n"
    assert of(extract(nlp, text)[1], "target") == []


def test_a_sum_allotted_each_year_under_an_opinions_policy_measures_is_a_goal(nlp):
    text = ("甘肃省关于加快开发区发展的意见\n\n三、政策措施\n"
            "省级人才发展专项资金每年安排三百万元,专门用于开发区高层次人才引进和培训。\n")
    [goal] = of(extract(nlp, text)[1], "target")
    assert (goal["value"], goal["year"]) == (3e6, None)

def test_an_auction_floor_and_a_fine_are_no_goals(nlp):
    text = ("今年我们将在临空经济区推出首批10宗工业用地,起始价每亩不低于60万元。挂牌期间,每次加价幅度不低于10万元。"
            "对整改期间超标排放的企业,按日连续处罚,单次罚款不低于10万元。")
    _, records = extract(nlp, text)
    assert of(records, "target") == []
    assert {m["value"] for m in of(records, "money")} == {600000, 100000}


def test_a_goal_beside_an_auction_keeps_its_amount(nlp):
    # decoy: a goal of land sales revenue is no price word
    _, records = extract(nlp, "今年力争土地出让收入达到20亿元,起始价每亩不低于60万元。")
    assert [t["value"] for t in of(records, "target")] == [2000000000]


def test_a_count_of_months_is_a_length_of_time_not_a_goal(nlp):
    text = ("重整计划执行期限为自本院裁定批准重整计划之日起12个月。"
            "到2025年,单宗地块平均开工时间缩短至3个月,力争引进项目12个。")
    _, records = extract(nlp, text)
    assert [(t["value"], t["unit"]) for t in of(records, "target")] == [(12, "count")]


def test_a_capacity_rate_before_a_long_project_name_is_its_name(nlp):
    text = "石化园计划总投资85亿元建设150万吨/年乙烯下游新材料项目,建成后年产值可达180亿元。"
    _, records = extract(nlp, text)
    assert 1500000 not in {t["value"] for t in of(records, "target")}
    # decoy: a capacity a plan is to reach stays a goal
    _, records = extract(nlp, "到2025年,园区乙烯产能达到150万吨/年。")
    assert [t["value"] for t in of(records, "target")] == [1500000]


def test_an_amount_before_de_and_a_shortfall_word_is_no_goal(nlp):
    text = "若土地出让进度不及预期,公司2024年可能存在约15亿元的资金缺口。"
    _, records = extract(nlp, text)
    assert of(records, "target") == []
    # decoy: a goal sized by 的 and a fund stays one
    _, records = extract(nlp, "力争2025年实现营业收入15亿元的目标。")
    assert [t["value"] for t in of(records, "target")] == [1500000000]


def test_a_programmes_bare_total_after_its_count_of_projects_is_no_goal(nlp):
    text = ("“十四五”期间,全市开发区谋划重大项目186个,总投资2860亿元,其中:高新区项目72个、总投资1350亿元。"
            "“十四五”期间规划实施重点项目24个,总投资二百六十八亿元,分三期推进。")
    _, records = extract(nlp, text)
    assert {t["value"] for t in of(records, "target")} == {186, 72, 24}
    assert all(not m["target"] for m in of(records, "money"))


def test_a_programmes_floor_of_total_investment_stays_a_goal(nlp):
    # decoy: a floor the programme is to reach (以上, 超过) is a goal, as a planned total (计划总投资) is
    text = "力争谋划储备重大项目200个以上、总投资800亿元以上,形成梯次推进格局。"
    _, records = extract(nlp, text)
    assert 80000000000 in {t["value"] for t in of(records, "target")}


def test_a_bar_for_land_newly_added_is_an_entry_standard(nlp):
    text = ("浙江将推动百强县开发区亩均效益提升,新增工业用地亩均税收不低于30万元。"
            "霍尔果斯经济开发区今年计划新增供地5000亩,投资强度不低于每亩200万元。")
    _, records = extract(nlp, text)
    assert {t["unit"] for t in of(records, "target")} == {"km2"}  # the 5000亩 to supply stays a goal
    assert all(not m["target"] for m in of(records, "money"))


def test_a_partys_committed_bar_stays_its_projects_goal(nlp):
    # decoy: what a party commits its project to (协议约定) is its goal, though the bound opens the figure
    text = "新建工业项目投资强度不低于每亩400万元,我们二期按协议约定的亩均投资超过850万元,达产后亩均税收不低于30万元。"
    _, records = extract(nlp, text)
    assert 300000 in {t["value"] for t in of(records, "target")}


def test_land_after_a_clause_stating_a_total_investment_is_what_the_project_takes(nlp):
    text = "计划实施项目16个,其中弥勒葡萄酒产业园二期计划总投资6.5亿元,规划用地420亩,建成后年产葡萄酒1万吨。"
    _, records = extract(nlp, text)
    assert all(t["unit"] != "km2" for t in of(records, "target"))


def test_an_indefinite_count_of_tens_or_more_is_no_goal(nlp):
    _, records = extract(nlp, "各地算力园区争相上马,一些地方提出的机架规模目标动辄数十万架。力争引进企业几百家。")
    assert of(records, "target") == []


def test_a_count_after_a_noun_ending_in_shu_stays_a_goal(nlp):
    # decoy: 户数 / 总数 before a figure is a noun, not an indefinite numeral
    _, records = extract(nlp, "到2025年园区企业户数达到120家。")
    assert [t["value"] for t in of(records, "target")] == [120]


def test_a_grant_to_each_case_is_no_goal(nlp):
    text = "争取东明经开区列入省级低碳园区试点,石化园建设“零碳工厂”示范项目2个,每个示范项目给予补助不超过300万元。"
    _, records = extract(nlp, text)
    assert [t["value"] for t in of(records, "target")] == [2]
    # decoy: what each park is to build, with no grant word, stays a goal
    _, records = extract(nlp, "今年每个园区将建10万平方米标准厂房。")
    assert [t["unit"] for t in of(records, "target")] == ["km2"]


def test_a_laws_duty_before_a_figure_is_no_goal(nlp):
    text = "第十三条 开发区扩区或者调整区位的,应当符合国土空间规划,扩区后土地开发率应当在二年内达到百分之六十以上。"
    _, records = extract(nlp, text)
    assert of(records, "target") == []


def test_a_goal_with_ying_alone_stays_a_goal(nlp):
    # decoy: 应 (should) in a plan's deadline goal is no law's 应当
    _, records = extract(nlp, "到2017年底前,各园区亩均税收均应达到20万元以上。")
    assert [t["value"] for t in of(records, "target")] == [200000]


def test_a_clause_opening_on_now_states_the_present_not_a_goal(nlp):
    text = "量子信息产业这块,高新区说到2027年要集聚量子企业100家以上,现在大概60家左右。"
    _, records = extract(nlp, text)
    assert [t["value"] for t in of(records, "target")] == [100]


def test_a_change_from_now_inside_its_clause_stays_a_goal(nlp):
    # decoy: 由现在的18平方公里 is where the change starts; the goal is the 28
    _, records = extract(nlp, "到2020年,建成区面积由现在的18平方公里扩大到28平方公里。")
    assert [t["value"] for t in of(records, "target")] == [28]


COURT_NOTICE = ("湖南省长沙市中级人民法院\n公 告\n\n"
                "本院于2022年5月16日裁定受理某公司重整一案。现将有关事项公告如下:\n\n"
                "一、园区基本情况\n\n"
                "湘江智能制造产业园(以下简称湘江产业园)位于望城经开区。湘江产业园入驻企业96家,湘江产业园以智能装备为主导产业。湘江产业园于2020年停工。\n\n"
                "二、主要资产\n\n"
                "国有建设用地6宗,面积合计约84.2公顷,评估价值4.83亿元;已建成标准厂房38.6万平方米。\n\n"
                "三、望城经开区管委会意见\n\n"
                "望城经开区管委会函告:同意对续建工程给予每平方米100元的补贴,望城经开区将统筹推进。\n")


def test_a_numbered_heading_naming_a_zone_after_its_siblings_heads_only_its_own_part(nlp):
    records = extract(nlp, COURT_NOTICE)[1]
    zone = {f["text"]: f["zone"] for f in of(records, "money") + of(records, "area")}
    assert zone["38.6万平方米"] == zone["4.83亿元"] == "湘江智能制造产业园"
    assert zone["100元"] == "望城经开区"


def test_a_first_numbered_heading_naming_a_zone_still_heads_the_preface(nlp):
    # decoy: no sibling heading stands before it, so the zone-less text above is still its section
    text = ("关于支持园区发展的意见\n\n全区规划面积120平方公里,已建成区面积48平方公里。\n\n"
            "一、望城经开区\n\n望城经开区2023年实现技工贸总收入1200亿元。\n")
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["120平方公里"] == "望城经开区"


def test_a_city_governments_notice_stays_the_citys_document(nlp):
    # decoy: the court rule is for courts; a city government's title over the same notice keeps it the city's
    text = COURT_NOTICE.replace("湖南省长沙市中级人民法院", "湖南省长沙市人民政府")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["4.83亿元"] is None


COUNTY_PARKS_PLAN = ("关于印发《东明县园区碳达峰实施方案》的通知\n"
                     "全县现有山东东明经济开发区(以下简称东明经开区)、东明石化产业园(以下简称石化园)和"
                     "东明县新能源装备产业园(以下简称新能源园)。\n"
                     "到2025年,东明县园区单位工业增加值能耗比2020年下降16%。\n")


def test_a_countys_bare_parks_beside_two_zones_named_after_it_are_no_zone(nlp):
    doc, records = extract(nlp, COUNTY_PARKS_PLAN)
    assert all("东明县园区" not in aliases for aliases in zones_of(records).values())
    assert "东明县园区" not in zones_of(records)


def test_a_countys_bare_parks_beside_its_one_zone_stay_that_zones_short_form(nlp):
    # decoy: with one zone named after the county, the county's 园区 may still shorten it
    text = "山东东明经济开发区规划面积46.8平方公里。东明县园区2022年实现营业收入1286亿元。\n"
    zones = zones_of(extract(nlp, text)[1])
    assert zones == {"山东东明经济开发区": ["东明县园区"]}


SITED_PROJECT_TABLE = ("宁夏平罗工业园区2024年重点项目推进表\n"
                       "宁夏平罗工业园区规划面积126平方公里。\n"
                       "序号\t项目名称\t建设地点\t建设内容及规模\t总投资(万元)\n"
                       "1\t年产3万吨锂电池负极材料项目\t平罗工业园区太沙片区\t占地300亩,建设石墨化车间\t185000\n"
                       "2\t平罗县30万千瓦光伏复合发电项目\t高庄乡\t利用盐碱地9000亩建设光伏电站\t142000\n")


def test_a_project_tables_row_sited_in_a_town_gets_no_zone(nlp):
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, SITED_PROJECT_TABLE)[1], "area")}
    money = {m["text"]: m["zone"] for m in of(extract(nlp, SITED_PROJECT_TABLE)[1], "money")}
    assert areas["9000亩"] is None and money["142000"] is None


def test_a_project_tables_row_sited_in_a_park_is_that_parks(nlp):
    # decoy: the row whose site cell names the park keeps it
    money = {m["text"]: m["zone"] for m in of(extract(nlp, SITED_PROJECT_TABLE)[1], "money")}
    assert money["185000"] == "宁夏平罗工业园区"


def test_a_multi_place_regions_parks_together_are_no_zone(nlp):
    text = ("「园区贷」──大湾区产业园区企业专属融资方案\n"
            "「园区贷」为进驻大湾区产业园区的港资企业提供贷款,单户额度最高人民币8,000万元。\n")
    assert zones_of(extract(nlp, text)[1]) == {}


def test_a_multi_place_regions_zone_with_a_qualifier_keeps_its_name(nlp):
    # decoy: a qualifier between the region and the zone word makes one zone's name
    text = "大湾区国际科创产业园规划面积约2.4平方公里。\n"
    assert "大湾区国际科创产业园" in zones_of(extract(nlp, text)[1])


def test_a_visit_verb_before_a_zones_short_form_is_no_part_of_its_name(nlp):
    text = ("中埃·泰达苏伊士经贸合作区(以下简称“泰达合作区”)起步区面积1.34平方公里。\n"
            "相关阅读:\n· 埃及总理参观泰达合作区 点赞中埃产能合作\n")
    zones = zones_of(extract(nlp, text)[1])
    assert not any("参观" in name for name in zones)
    assert not any("参观" in alias for aliases in zones.values() for alias in aliases)


def test_a_place_before_a_visit_verb_still_leads_its_own_zone(nlp):
    # decoy: a zone named before the verb keeps its whole name
    text = "代表团赴苏州工业园区考察,苏州工业园区2023年实现地区生产总值3686亿元。\n"
    assert "苏州工业园区" in zones_of(extract(nlp, text)[1])


@pytest.mark.parametrize("text, value", [
    # a change still to come: the present as where it starts, a cue of a plan or proposal before it
    ("贵阳国家高新技术产业开发区。规划面积由现在的39平方公里调整为73平方公里,重点发展电子信息产业。", 73),
    ("本次扩区完成后,石化产业园规划面积将由24.5平方公里扩大至32.6平方公里。", 32.6),
    ("扩区后,金昌经开区规划面积调整为86.5平方公里。", 86.5),
    ("方案提出,整合后规划面积压减至68平方公里;", 68),
    ("井冈山经济技术开发区规划面积拟由12.5平方公里调整为32平方公里,重点发展电子信息产业。", 32),
])
def test_a_planned_areas_change_to_come_is_a_goal(nlp, text, value):
    goals = goals_by_text(extract(nlp, text)[1])
    assert (None, value, "km2") in goals.values()


@pytest.mark.parametrize("text", [
    # decoys: a change made (an approval, a size 由原来的), or one stated with no cue of a change to come
    "2020年5月1日\n今年7月,经省政府批准,园区规划面积由10.6平方公里扩大至16.2平方公里。",
    "黄冈高新技术产业开发区规划面积由原来的15平方公里扩展至45平方公里,医药化工、建材两大产业加快集聚。",
    "上饶经济技术开发区规划面积由20平方公里扩大到58平方公里,以光伏、汽车和光学为主导产业。",
])
def test_a_planned_areas_change_made_is_no_goal(nlp, text):
    assert goals_by_text(extract(nlp, text)[1]) == {}


def test_a_partys_committed_bounds_are_its_goals(nlp):
    text = ("5.1乙方承诺在租赁期内固定资产投资(设备投入)不低于1500万元,入驻后第二年起年营业收入不低于3000万元。\n"
            "5.投资人承诺在重整计划获批后三年内,对宏图产业园追加投资不少于五亿元,新引进企业不少于60家;\n")
    goals = goals_by_text(extract(nlp, text)[1])
    assert set(goals.values()) == {(None, 1.5e7, "CNY"), (None, 3e7, "CNY"), (None, 5e8, "CNY"), (None, 60, "count")}


@pytest.mark.parametrize("text", [
    # decoys: a supply contract's standing term each year; an audit holding the term against what was done
    "公司已与当地一家盐湖企业签订长期供货协议,约定每年供应氯化锂溶液折合碳酸锂当量不少于2.2万吨,协议期限10年。",
    "审计发现,17个工业项目合同约定投资强度不低于每亩200万元,实际平均每亩仅86.5万元,涉及用地约950亩。",
])
def test_a_committed_bound_held_as_a_term_or_checked_is_no_goal(nlp, text):
    assert goals_by_text(extract(nlp, text)[1]) == {}


BASE_YEAR_TABLE = ("某县现代农业产业园创建方案\n2021年3月1日\n表1 主要指标\n"
                   "指标|2020年(基期)|2021年|2023年|2025年\n"
                   "枸杞加工产值(亿元)|46|55|75|100\n入园企业(家)|64|78|100|120\n")


def test_a_tables_year_columns_after_its_base_are_goals_the_reports_year_too(nlp):
    goals = {(t["year"], t["value"], t["unit"]) for t in of(extract(nlp, BASE_YEAR_TABLE)[1], "target")}
    assert {(2021, 5.5e9, "CNY"), (2021, 78, "count"), (2025, 1e10, "CNY")} <= goals
    assert not any(year == 2020 for year, _, _ in goals)  # the base itself


def test_a_tables_result_column_after_its_base_is_no_goal(nlp):
    # decoy: a mid-term evaluation's column of what was done by its own year
    text = ("规划中期评估报告\n2024年3月1日\n表1 主要指标中期完成情况\n"
            "| 序号 | 指标 | 单位 | 2020年基期值 | 2025年规划目标值 | 2023年实际值 |\n"
            "| 1 | 工业总产值 | 亿元 | 1180 | 2000 | 1726 |\n")
    goals = {(t["year"], t["value"]) for t in of(extract(nlp, text)[1], "target")}
    assert (2025, 2e11) in goals and not any(value == 1.726e11 for _, value in goals)


UNIT_COLUMN_ROWS = ("某区村级工业园改造提升三年行动实施方案(2020—2022年)\n表2 三年行动主要指标\n"
                    "指标|单位|2019年基数|2022年目标\n累计改造提升面积|万亩|1.2|4.8\n亩均年产值|万元|150|500\n")


def test_a_table_rows_last_cell_is_not_joined_to_the_next_rows_label(nlp):
    # the row ends with 4.8 and the next row's label starts with 亩 (亩均年产值): no area 4.8亩 wrapped over a line
    doc, records = extract(nlp, UNIT_COLUMN_ROWS)
    assert "4.8\n亩均年产值" in doc.text
    goals = {(t["year"], t["value"], t["unit"]) for t in of(records, "target")}
    assert (2022, 32.0, "km2") in goals and (2022, 5e6, "CNY") in goals


def test_an_area_wrapped_over_a_line_of_prose_is_still_joined(nlp):
    # decoy: a PDF's prose line wrapping between a figure and its unit
    doc, _ = extract(nlp, "年内新建标准化厂房30万\n平方米,完成投资5亿元。\n")
    assert "30万平方米" in doc.text


def test_a_goal_as_it_was_set_before_its_change_is_a_goal(nlp):
    text = ("关于开发区的审计报告\n2018年6月1日\n"
            "(三)建议市政府将沿海基地2019年固定资产投资目标由110亿元调整为120亿元,并纳入年度考核。\n")
    goals = {(t["year"], t["value"]) for t in of(extract(nlp, text)[1], "target")}
    assert {(2019, 1.1e10), (2019, 1.2e10)} <= goals


def test_where_a_change_of_a_figure_starts_is_still_no_goal(nlp):
    # decoy: 由 after a figure's name, not after 目标
    text = "2021年工作要点\n今年园区工业总产值力争由150亿元提高到200亿元。\n"
    goals = {(t["year"], t["value"]) for t in of(extract(nlp, text)[1], "target")}
    assert (2021, 2e10) in goals and not any(value == 1.5e10 for _, value in goals)


def test_cumulative_goals_under_a_span_running_past_the_reports_year(nlp):
    text = ("某区村级工业园改造提升三年行动实施方案\n2020年3月18日\n二、总体目标\n"
            "2020—2022年,全区累计完成村级工业园改造提升面积3.6万亩以上,拆除旧厂房面积不少于2000万平方米。\n")
    goals = {(t["year"], t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")}
    assert (2022, 24.0, "km2") in goals and (2022, 20.0, "km2") in goals


def test_cumulative_results_under_a_span_that_ended_are_no_goals(nlp):
    # decoy: the span ended before the report's year, 累计 sums up what was done
    text = ("某区村级工业园改造提升三年行动实施方案\n2020年3月18日\n二、总体目标\n"
            "2017—2019年,全区累计完成村级工业园改造1.2万亩,拆除旧厂房面积1130万平方米。\n")
    assert goals_by_text(extract(nlp, text)[1]) == {}

LEASE_IN_A_HOSTS_PARK = ("湖州南太湖高新技术产业开发区\n"
                         "标准厂房租赁合同\n"
                         "地址:湖州市南太湖高新技术产业开发区(以下简称“南太湖高新区”)康山路88号\n"
                         "第一条 甲方将位于南太湖高新区智能装备产业园5号楼的厂房出租给乙方,建筑面积共计4200平方米。\n"
                         "第二条 租金标准为每月每平方米人民币16元,押金人民币201600元。\n"
                         "附:南太湖高新区标准厂房租金参考价\n"
                         "东部片区月租金每平方米15元,可租面积4.2万平方米。\n")


def test_a_subject_located_in_a_park_named_after_its_host_is_the_parks(nlp):
    records = extract(nlp, LEASE_IN_A_HOSTS_PARK)[1]
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    areas = {a["text"]: a["zone"] for a in of(records, "area")}
    park = "南太湖高新区智能装备产业园"
    assert areas["4200平方米"] == park
    assert money["人民币16元"] == park and money["人民币201600元"] == park


def test_a_part_the_host_heads_after_the_located_subject_stays_the_hosts(nlp):
    # decoy: the appendix headed by the host is not the park's
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, LEASE_IN_A_HOSTS_PARK)[1], "area")}
    assert areas["4.2万平方米"] == "湖州南太湖高新技术产业开发区"


def test_a_zone_located_in_another_makes_no_site(nlp):
    # decoy: the first location clause's subject is itself a zone; what the text says is not the park's it lies in
    text = ("冷链物流发展规划(2021—2025年)\n"
            "滨海冷链产业园位于天津港保税区临港物流园内,规划面积2.1平方公里。\n"
            "累计完成投资12亿元。\n"
            "天津港保税区规划面积80平方公里。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["12亿元"] != "天津港保税区临港物流园"


HOST_HOLDING_A_PARK = ("湾区制造新高地——云浮高新技术产业开发区诚邀港澳企业\n"
                       "云浮高新技术产业开发区(简称「云浮高新区」)规划面积60平方公里。\n"
                       "云浮高新区内规划建设「云港合作产业园」,占地约1500亩,首期计划投资人民币9亿元。\n"
                       "云浮高新区内已建成标准厂房50万平方米。\n")


def test_a_zone_before_inside_and_a_park_is_where_the_park_lies(nlp):
    records = extract(nlp, HOST_HOLDING_A_PARK)[1]
    areas = {a["text"]: a["zone"] for a in of(records, "area")}
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    assert areas["约1500亩"] == "云港合作产业园" and money["人民币9亿元"] == "云港合作产业园"


def test_a_zone_before_inside_and_no_park_stays_the_subject(nlp):
    # decoy: 内 with no park after it in the clause says what lies in the zone; the zone is still the subject
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, HOST_HOLDING_A_PARK)[1], "area")}
    assert areas["50万平方米"] == "云浮高新技术产业开发区"


PARK_PLAN_PROJECT_TABLE = ("滨江现代物流园发展规划(2021—2025年)\n"
                           "第一章 发展基础\n"
                           "滨江现代物流园(以下简称“物流园”)规划面积8.6平方公里。物流园2020年实现营业收入三十亿元。\n"
                           "物流园东侧为九江综合保税区。\n"
                           "第二章 重点项目\n"
                           "“十四五”期间规划实施重点项目12个,总投资一百二十亿元。\n"
                           "序号  项目名称              总投资    用地\n"
                           "1     冷链物流基地          28        620\n"
                           "2     九江综合保税区跨境电商监管中心  15.6      300\n")


def test_a_zone_named_once_in_a_table_row_does_not_head_its_chapter(nlp):
    money = {m["text"]: m["zone"] for m in of(extract(nlp, PARK_PLAN_PROJECT_TABLE)[1], "money")}
    assert money["一百二十亿元"] == "滨江现代物流园"


def test_a_zone_named_once_in_a_chapters_first_line_still_heads_it(nlp):
    # decoy: a zone named in the chapter's own first line (a title with a bar, read as a row) is what it is about
    text = ("九江综合保税区招商推介\n"
            "第一章 园区概况\n"
            "九江综合保税区规划面积2.1平方公里,2023年进出口额120亿元。\n"
            "第二章 合作机会|滨江现代物流园\n"
            "● 一期投资18亿元,已于2023年建成\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["18亿元"] == "滨江现代物流园"


def test_a_province_opening_a_clause_measures_the_province(nlp):
    text = ("柴达木锂电产业园简介\n"
            "柴达木锂电产业园规划面积26平方公里,2021年实现工业总产值412亿元。\n"
            "据券商测算,2022年青海省锂电产业产值有望达到380亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["412亿元"] == "柴达木锂电产业园"
    assert money["380亿元"] is None


def test_a_province_written_before_a_zones_name_leaves_the_figure_the_zones(nlp):
    # decoy: the province is only the start of the zone's name; the zone is the clause's subject
    text = ("柴达木锂电产业园简介\n"
            "柴达木锂电产业园规划面积26平方公里。\n"
            "2022年青海省柴达木锂电产业园产值达到380亿元。\n")
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["380亿元"] == "柴达木锂电产业园"


def _notice_with_a_park_line(next_heading: str) -> str:
    return ("南湖高新技术产业开发区招聘会公告\n"
            "南湖高新技术产业开发区(以下简称南湖高新区)规划面积50平方公里。\n"
            "一、重点企业\n"
            "东湖智造产业园\n"
            "某电池有限公司招聘操作工600人。\n"
            f"{next_heading}\n"
            "对新引进的博士给予安家补贴30万元。\n")


def test_a_sibling_heading_ends_the_part_a_park_line_opened_inside_it(nlp):
    money = {m["text"]: m["zone"] for m in of(extract(nlp, _notice_with_a_park_line("二、求职须知"))[1], "money")}
    assert money["30万元"] == "南湖高新技术产业开发区"


def test_a_heading_numbered_otherwise_leaves_the_park_lines_part_open(nlp):
    # decoy: (二) is no sibling of 一、; the line naming the park still heads what follows
    money = {m["text"]: m["zone"] for m in of(extract(nlp, _notice_with_a_park_line("(二)求职须知"))[1], "money")}
    assert money["30万元"] == "东湖智造产业园"

def test_a_planned_area_after_a_goal_clause_describes_the_zone(nlp):
    text = "四、中山翠亨新区计划到2025年引进港澳资企业300家,园区规划面积230平方公里,重点发展健康医药和高端装备。\n"
    areas = {a["text"]: a for a in of(extract(nlp, text)[1], "area")}
    planned = next(a for t, a in areas.items() if "230" in t)
    assert not planned["target"] and planned["year"] is None


def test_a_planned_area_with_its_own_verb_after_a_deadline_stays_a_goal(nlp):
    # decoy: a task verb in the area's own clause makes it what the goal is to build
    text = "到2015年,完成规划面积为110公顷的光电新园区建设,入园各类相关企业数达到100家。\n"
    areas = {a["text"]: a for a in of(extract(nlp, text)[1], "area")}
    planned = next(a for t, a in areas.items() if "110" in t)
    assert planned["target"] and planned["year"] == 2015


def test_a_share_offerings_proceeds_are_no_goal(nlp):
    text = ("金瑞锂能拟定增募资不超30亿元。其中,年产5万吨锂电正极材料项目总投资18.6亿元,拟使用募集资金15亿元,"
            "建设期24个月。\n")
    records = extract(nlp, text)[1]
    assert not any(t["value"] in (3e9, 1.5e9) for t in of(records, "target"))


def test_a_funds_raise_as_its_goal_stays_a_goal(nlp):
    # decoy: 扩募 of a fund is its goal, and holds 募资 but no offering word
    text = "2024年,该基金拟扩募资产规模不低于15亿元。\n"
    assert any(t["value"] == 1.5e9 for t in of(extract(nlp, text)[1], "target"))


def test_a_range_with_its_unit_at_both_ends_is_one_figure(nlp):
    text = "扩展区全部建成后,预计可吸引企业150家至180家。标准厂房面积从1000平方米到2万平方米不等。\n"
    records = extract(nlp, text)[1]
    counts = [t for t in of(records, "target") if t["unit"] == "count"]
    assert [(t["value"], t["value_max"]) for t in counts] == [(150, 180)]
    areas = [(a["value"], a["value_max"]) for a in of(records, "area")]
    assert areas == [(0.001, 0.02)]


def test_a_range_whose_low_end_has_no_unit_still_shares_the_magnitude(nlp):
    # decoy: with no unit at the low end, the high end's magnitude belongs to both ends
    money = of(extract(nlp, "每个项目补助3—5万元。\n")[1], "money")
    assert [(m["value"], m["value_max"]) for m in money] == [(30000, 50000)]


def test_where_a_rate_change_starts_is_no_goal(nlp):
    text = "本次募投项目达产后,公司多晶硅产能将由1.2万吨/年增至4.2万吨/年。\n"
    values = [t["value"] for t in of(extract(nlp, text)[1], "target")]
    assert 12000 not in values and 42000 in values


def test_a_rate_figure_with_no_change_after_it_stays_a_goal(nlp):
    # decoy: a rate figure followed by other words than a change's end keeps its goal
    text = "到2025年,园区危险废物综合处置能力达到6万吨/年,建成覆盖企业46家的明管输送系统。\n"
    assert 60000 in [t["value"] for t in of(extract(nlp, text)[1], "target")]


def test_a_figure_whose_clause_says_it_was_done_is_no_goal(nlp):
    text = "特区计划三年内把就业人数增加到5万人,一家德国物流企业在园区投资约1500万欧元建设了物流中心。\n"
    values = [t["value"] for t in of(extract(nlp, text)[1], "target")]
    assert 15000000 not in values and 50000 in values


def test_the_le_of_weile_after_a_goal_figure_keeps_it_a_goal(nlp):
    # decoy: 为了 states a purpose, not a done action
    text = "园区计划三年内投资约1500万欧元,为了物流中心建设。\n"
    assert 15000000 in [t["value"] for t in of(extract(nlp, text)[1], "target")]


AS_AT_DATED_PLAN = ("某开发投资集团有限公司\n关于存量债务化解方案(2024—2026年)的摘要\n\n"
                    "截至2023年12月31日,公司有息债务余额218.6亿元。\n"
                    "开发区今年计划引进亿元以上项目25个。管委会承诺在2024年6月30日前将拖欠公司的工程款9.8亿元支付到位。\n\n"
                    "2024年3月15日\n")


def test_an_as_at_date_near_the_top_does_not_date_the_report(nlp):
    targets = {t["value"]: t["year"] for t in of(extract(nlp, AS_AT_DATED_PLAN)[1], "target")}
    assert targets[25] == 2024


def test_a_deadline_written_as_a_full_date_is_a_goal_cue(nlp):
    money = {m["value"]: (m["target"], m["year"]) for m in of(extract(nlp, AS_AT_DATED_PLAN)[1], "money")}
    assert money[9.8e8] == (True, 2024)


def test_a_date_near_the_top_with_no_as_at_word_dates_the_report(nlp):
    # decoy: a date with no 截至 before it near the top still dates the report
    from extractors.context import document_year
    assert document_year("园区简报\n2023年12月31日\n今年完成投资20亿元。\n") == 2023


def test_the_reports_own_year_opening_a_clause_after_a_deadline_is_that_parts_year(nlp):
    text = ("关于存量债务化解方案的摘要\n力争到2025年底将非标融资余额压降至10亿元以内,2024年内压降12亿元。\n\n"
            "2024年3月15日\n")
    targets = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert targets[1.2e9] == 2024 and targets[1e9] == 2025


def test_a_past_year_after_a_deadline_does_not_date_the_goal(nlp):
    # decoy: a year before the report's, after the deadline, is no part of the goal's time
    text = ("关于存量债务化解方案的摘要\n力争到2025年底将非标融资余额压降至10亿元以内,较2023年压降12亿元。\n\n"
            "2024年3月15日\n")
    targets = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert targets[1e9] == 2025 and targets.get(1.2e9) in (2025, None)

def test_a_neighbourhood_word_ends_the_zone_before_it(nlp):
    text = "(三)区域竞争风险:常熟高新区周边苏州工业园区、昆山开发区等园区的同类物业可能形成竞争。\n"
    zones = zones_of(extract(nlp, text)[1])
    assert "苏州工业园区" in zones and not any("周边" in name for name in zones)


def test_a_zone_named_after_a_neighbourhood_word_keeps_its_name(nlp):
    # decoy: the zone before the word is named whole, and a zone's own name is untouched
    text = "苏州工业园区附近的相城经济技术开发区规划面积约80平方公里。\n"
    zones = zones_of(extract(nlp, text)[1])
    assert "苏州工业园区" in zones and "相城经济技术开发区" in zones


def test_a_park_named_after_its_host_by_a_long_industry_is_one_zone(nlp):
    text = ("肇庆高新技术产业开发区(以下简称“肇庆高新区”)位于肇庆市大旺。\n"
            "园区内另有肇庆高新区新能源汽车零部件产业园,规划面积约5.6平方公里,已落户零部件企业60余家。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert "肇庆高新区新能源汽车零部件产业园" in zones
    areas = [a["zone"] for a in of(extract(nlp, text)[1], "area") if a["value"] == 5.6]
    assert areas == ["肇庆高新区新能源汽车零部件产业园"]


def test_a_park_named_after_its_host_with_a_trade_word_jieba_tags_a_verb(nlp):
    text = "常熟高新控股在常熟高新区内另持有常熟高新区人才创新产业园、常熟滨江智能制造产业园等产业园资产。\n"
    assert "常熟高新区人才创新产业园" in zones_of(extract(nlp, text)[1])


def test_a_long_qualifier_after_a_host_that_is_no_industry_names_no_park(nlp):
    # decoy: eight characters of a plan's words are no park's qualifier
    text = "肇庆高新区今年计划加快推进建设工业园,规划面积约5.6平方公里。\n"
    assert not any(name.startswith("肇庆高新区") and name != "肇庆高新区" for name in zones_of(extract(nlp, text)[1]))


def test_a_park_in_a_list_closed_as_projects_gives_its_figures_to_its_host(nlp):
    text = ("玉溪高新技术产业开发区(简称“玉溪高新区”)规划面积30平方公里。\n"
            "重点推进玉溪高新区新能源电池材料产业园(计划总投资120亿元,用地约2000亩)、易门铜精深加工产业园等一批重大项目。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert "玉溪高新区新能源电池材料产业园" in zones
    money = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert money["120亿元"] == "玉溪高新技术产业开发区"


def test_a_parks_nations_short_forms_and_full_names_are_one_zone(nlp):
    text = ("在白俄罗斯首都明斯克以东25公里处,中白工业园的道路两旁,一座座厂房拔地而起。这座由两国元首共同推动的园区,"
            "全称为中国—白俄罗斯工业园,规划面积91.5平方公里。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert zones == {"中国—白俄罗斯工业园": ["中白工业园"]}


def test_parks_of_two_partner_countries_stay_two_zones(nlp):
    # decoy: 中白 and 中国—马来西亚 name different partners
    text = "中白工业园入驻企业60家,中国—马来西亚工业园入驻企业20家,中国—白俄罗斯工业园规划面积91.5平方公里。\n"
    zones = zones_of(extract(nlp, text)[1])
    assert zones.get("中国—马来西亚工业园") == [] and zones.get("中国—白俄罗斯工业园") == ["中白工业园"]


def test_a_place_and_yuanqu_after_a_zones_name_name_its_park(nlp):
    text = ("在印度尼西亚,与之毗邻的中国·印尼综合产业园区青山园区则以镍铁冶炼为主,总投资已超过50亿美元。"
            "青山园区负责人表示,园区将在两年内再投资约20亿美元。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert zones == {"中国·印尼综合产业园区青山园区": ["青山园区"]}


def test_the_next_list_item_after_a_hosts_place_park_is_another_part(nlp):
    text = "漕河泾开发区松江园区、海宁分区等“区外园”已建成面积约3.6平方公里。\n"
    zones = zones_of(extract(nlp, text)[1])
    assert "漕河泾开发区松江园区" in zones and "海宁分区" in zones and "松江园区" not in zones


def test_a_direction_and_yuanqu_after_a_zone_names_no_park(nlp):
    # decoy: 南部 is a direction (and a county), 功能 no place: the zone keeps its own name
    text = "成都高新区南部园区新增企业300家,成都高新区功能园区建设加快。\n"
    zones = zones_of(extract(nlp, text)[1])
    assert not any(name.endswith("园区") for name in zones)


def test_a_trades_industry_port_is_a_zone(nlp):
    text = "此外,香河机器人产业港、大厂高新技术产业开发区(大厂高新区)也各有特色。香河机器人产业港已入驻企业120家。\n"
    zones = zones_of(extract(nlp, text)[1])
    assert "香河机器人产业港" in zones and "大厂高新技术产业开发区" in zones


def test_a_bare_industry_port_is_no_zone(nlp):
    # decoy: the word alone, and a plan to build one, name no zone
    text = "全市将打造一批产业港,推动产业港建设提质增效。\n"
    assert zones_of(extract(nlp, text)[1]) == {}


def test_a_short_form_in_brackets_before_a_remark_is_an_alias(nlp):
    text = ("苏州高新区有苏州科技城、苏州浒墅关经济技术开发区(浒关经开区,这个是国家级的,但归高新区管)、狮山商务创新区。"
            "浒关经开区去年说是工业总产值要冲1000亿元。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert zones.get("苏州浒墅关经济技术开发区") == ["浒关经开区"] and "浒关经开区" not in zones


def test_parks_listed_in_brackets_after_a_zone_are_no_aliases(nlp):
    # decoy: a bracket listing two parks after the zone names its parts, not its short form
    text = "南平经济开发区(东区工业园,西区工业园)规划面积10平方公里。\n"
    zones = zones_of(extract(nlp, text)[1])
    assert zones.get("南平经济开发区") == []


def test_a_city_before_a_places_yuanqu_leads_the_parks_name(nlp):
    text = "图片新闻\n· 黄石新港园区首批企业投产\n"
    assert zones_of(extract(nlp, text)[1]) == {"黄石新港园区": []}


def test_a_citys_own_name_before_its_yuanqu_is_not_doubled(nlp):
    # decoy: the city written with its 市 before its own place park stays out of the name
    text = "苏州市苏州园区营业额增长12%。\n"
    assert "苏州市苏州园区" not in zones_of(extract(nlp, text)[1])


def test_a_reform_zones_short_suffix_in_brackets_is_its_alias_and_hosts_a_park(nlp):
    text = ("中新网太原7月28日电 山西转型综合改革示范区(山西综改区)上半年完成固定资产投资318亿元。"
            "山西综改区潇河产业园区规划面积约107平方公里。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert zones.get("山西转型综合改革示范区") == ["山西综改区"] and "山西综改区潇河产业园区" in zones
    assert "潇河产业园区" not in zones


def test_a_bracketed_place_and_a_suffix_of_another_family_is_no_alias(nlp):
    # decoy: a place's park of another kind in brackets is not the zone's short form
    text = "山西转型综合改革示范区(太原工业园)上半年完成固定资产投资318亿元。\n"
    assert zones_of(extract(nlp, text)[1]).get("山西转型综合改革示范区") == []


def test_a_reform_and_innovation_demonstration_zone_is_a_zone(nlp):
    text = ("8. 辽宁沈抚改革创新示范区设立50亿元产业基金\n"
            "中新网沈阳7月16日电 沈抚改革创新示范区16日宣布,将设立产业基金。\n")
    assert zones_of(extract(nlp, text)[1]) == {"辽宁沈抚改革创新示范区": ["沈抚改革创新示范区"]}


def test_a_reform_and_innovation_demonstration_zone_without_a_place_is_none(nlp):
    # decoy: the kind named as a goal
    text = "全省将建设一批改革创新示范区,探索可复制的经验。\n"
    assert zones_of(extract(nlp, text)[1]) == {}

def test_a_provinces_new_area_named_by_its_city_is_a_zone_and_its_short_form_an_alias(nlp):
    text = ("宜宾三江新区2023年一季度重大项目集中开工仪式在宜宾临港经济技术开发区举行。\n"
            "去年,三江新区实现地区生产总值612.3亿元,同比增长14.6%。\n")
    doc, records = extract(nlp, text)
    assert "宜宾三江新区" in zones_of(records)
    money = {m["text"]: m["zone"] for m in of(records, "money")}
    assert money["612.3亿元"] == "宜宾三江新区"


def test_a_citys_new_district_is_still_no_zone(nlp):
    # decoy: a city's new district named by a direction is no zone
    text = "宜宾城东新区去年完成固定资产投资40亿元。\n"
    assert not any(name.endswith("新区") for name in zones_of(extract(nlp, text)[1]))


OFFICE_POSTED_NOTICE = (
    "府谷县人民政府网 > 通知公告 > 环境保护\n"
    "《陕西清水川能源化工园区总体规划(2022—2035年)环境影响报告书》征求意见稿第二次公示\n"
    "发布日期:2022年09月14日  信息来源:府谷高新技术产业开发区管委会  阅读次数:[ 642 ]\n"
    "陕西清水川能源化工园区(以下简称清水川园区)位于府谷高新技术产业开发区北部,2019年经省政府同意认定为省级化工园区。\n"
    "(三)规划范围:规划范围由北区和南区两个片区组成,规划总面积31.45平方公里。\n"
    "规划编制单位:府谷高新技术产业开发区管理委员会\n"
    "联系人:李工  联系电话:0912-8712345\n")


def test_an_office_posting_a_notice_heads_no_section(nlp):
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, OFFICE_POSTED_NOTICE)[1], "area")}
    assert areas["31.45平方公里"] == "陕西清水川能源化工园区"


def test_a_short_line_naming_a_zone_itself_still_heads_its_section(nlp):
    # decoy: a zone named as the line's subject, not as an office after a field's colon, heads what follows
    text = ("发布日期:2024年3月1日  信息来源:襄阳市商务局\n"
            "谷城经济开发区\n"
            "今年以来,园区新增建设用地1200亩,规划面积扩大到25平方公里,新开工项目一批,带动就业明显。\n")
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["25平方公里"] == "谷城经济开发区"


def test_a_park_named_after_its_host_keeps_a_qualifier_jieba_splits_into_a_bound_morpheme(nlp):
    # 五彩湾: jieba tags 湾 a bound morpheme; 人才创新: a word jieba tags a verb that stands inside names
    text = ("新疆准东经济技术开发区五彩湾产业园道路及综合管网工程(二期)施工招标公告\n"
            "常熟高新区人才创新产业园去年新引进人才项目30个。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert "新疆准东经济技术开发区五彩湾产业园" in zones
    assert "常熟高新区人才创新产业园" in zones


def test_a_host_and_a_word_of_place_before_a_park_still_part(nlp):
    # decoy: a host followed by 的 and a park keeps the two apart
    text = "准东经济技术开发区的五彩湾产业园规划面积238平方公里。\n"
    assert "准东经济技术开发区五彩湾产业园" not in zones_of(extract(nlp, text)[1])


def test_a_park_named_after_a_river_port_keeps_the_port(nlp):
    text = ("“十四五”时期,以湘阴高新区为主平台,以虞公港临港产业园为新增长极。\n"
            "在鹤龙湖镇建设鹤龙湖大闸蟹产业基地,规划面积2万亩。\n")
    zones = zones_of(extract(nlp, text)[1])
    assert "虞公港临港产业园" in zones and "临港产业园" not in zones
    assert "鹤龙湖大闸蟹产业基地" in zones and "龙湖大闸蟹产业基地" not in zones


def test_a_port_alone_is_no_zone(nlp):
    # decoy: the port itself, a project, is no zone
    text = "虞公港一期工程总投资12.8亿元,已于2020年开工建设。\n"
    assert zones_of(extract(nlp, text)[1]) == {}


def test_a_company_named_after_a_countys_parks_is_no_zone(nlp):
    text = "推行“管委会+公司”运营模式,组建湘阴园区开发建设投资有限公司,注册资本20亿元。\n"
    assert zones_of(extract(nlp, text)[1]) == {}


def test_a_zone_before_its_developers_name_is_still_named_elsewhere(nlp):
    # decoy: the zone written alone in the next sentence is still a zone
    text = ("组建宁乡经济技术开发区开发建设投资有限公司,注册资本20亿元。\n"
            "宁乡经济技术开发区规划面积60平方公里。\n")
    assert "宁乡经济技术开发区" in zones_of(extract(nlp, text)[1])

PLANT_TABLE = ("三、主要生产基地情况\n"
               "基地  所在园区  土地面积(万平方米)  主要产品  设计产能\n"
               "沈阳基地  沈阳经济技术开发区  32.6  热管理模块  120万套/年\n"
               "大连基地  大连金普新区  18.4  压缩机壳体  300万件/年\n")


def test_an_area_column_with_a_magnitude_before_its_unit_is_read(nlp):
    areas = {a["text"]: a for a in of(extract(nlp, PLANT_TABLE)[1], "area")}
    assert areas["32.6"]["value"] == pytest.approx(0.326) and areas["32.6"]["kind"] == "land_use"
    assert areas["18.4"]["value"] == pytest.approx(0.184)


def test_a_column_with_a_magnitude_before_a_unit_of_no_area_is_no_area(nlp):
    # decoy: 万套 is a count of products, and a column of them no area
    text = "基地  所在园区  设计产能(万套)  土地面积(万平方米)\n沈阳基地  沈阳经济技术开发区  120  32.6\n"
    assert [a["text"] for a in of(extract(nlp, text)[1], "area")] == ["32.6"]


LAND_USE_BALANCE = ("规划用地平衡表(单位:公顷)\n"
                    "用地类别 北区 南区 合计 占比(%)\n"
                    "工业用地 1268.5 876.8 2145.3 71.8\n"
                    "合计 1759.3 1227.2 2986.5 100.0\n")


def test_a_land_use_tables_columns_of_parts_are_areas_in_its_unit(nlp):
    areas = {a["text"]: a for a in of(extract(nlp, LAND_USE_BALANCE)[1], "area")}
    assert set(areas) == {"1268.5", "876.8", "2145.3", "1759.3", "1227.2", "2986.5"}  # not the shares
    assert areas["2145.3"]["value"] == pytest.approx(21.453) and areas["2145.3"]["kind"] == "land_use"
    assert not areas["2986.5"]["target"]


def test_columns_of_parts_under_an_area_unit_are_no_areas_when_the_rows_are_no_land(nlp):
    # decoy: rows of zones, not classes of land: 北区 / 南区 name no measure, and no column is read as an area
    text = "各园区情况(单位:公顷)\n园区 北区 南区 占比(%)\n高新区 1268.5 876.8 71.8\n"
    assert of(extract(nlp, text)[1], "area") == []


INVESTMENT_TABLE = ("四之二、报告期内主要投资情况(单位:万元)\n\n"
                    "项目名称  实施地点  本期投入  累计投入  项目进度\n"
                    "沈阳基地二期扩产项目  沈阳汽车零部件产业园  18,350  26,120  30%\n"
                    "合计    46,430  54,200  \n")


def test_a_two_spaced_tables_total_row_with_blank_cells_is_read_by_column(nlp):
    money = {m["text"]: m for m in of(extract(nlp, INVESTMENT_TABLE)[1], "money")}
    assert money["46,430"]["value"] == pytest.approx(464300000) and money["46,430"]["category"] == "investment"
    assert money["54,200"]["value"] == pytest.approx(542000000)


def test_a_row_with_no_blank_cell_is_read_as_before(nlp):
    # decoy: a row of as many cells as its header is read cell by cell, no blank cell made up
    money = {m["text"] for m in of(extract(nlp, INVESTMENT_TABLE)[1], "money")}
    assert {"18,350", "26,120"} <= money and not any("30" == m for m in money)


def test_under_one_money_unit_a_column_of_profit_beside_revenue_is_money(nlp):
    text = ("十、主要控股子公司情况(单位:万元)\n\n"
            "公司名称  所在地  注册资本  总资产  营业收入  净利润  员工人数\n"
            "沈阳华锐热管理系统有限公司  沈阳经开区  50,000  412,630  248,015  21,863  1,260\n")
    money = {m["text"]: m for m in of(extract(nlp, text)[1], "money")}
    assert money["21,863"]["value"] == pytest.approx(218630000) and money["21,863"]["category"] == "other"
    assert "1,260" not in money  # decoy: a count of staff is no money


def test_a_listed_firms_annual_report_is_of_the_year_its_title_names():
    from pipeline.lexicons import load_lexicons
    from extractors.context import document_dates
    text = "辽宁华锐精工股份有限公司2022年年度报告(摘要)\n公告编号:2023-018\n"
    assert document_dates(text, load_lexicons()).results == 2022
    # decoy: a plan for a year is no report on its results
    assert document_dates("高新区2023年年度工作计划\n", load_lexicons()).results is None


def test_a_serial_number_opening_a_single_spaced_row_parts_a_cell():
    row = "1 年产20万吨磷酸铁锂正极材料项目 65 21.4 860 一期投产"
    assert normalize_text(row) == "1  年产20万吨磷酸铁锂正极材料项目 65 21.4 860 一期投产"
    # decoy: a number and a single space in prose, no figures side by side, close up as before
    assert normalize_text("1 月份完成投资 35 亿元") == "1月份完成投资35亿元"


def test_three_digits_after_a_decimal_are_no_thousands_group():
    assert normalize_text("锂电池隔膜及涂覆项目 28 9.6 420 主体完工").endswith("420 主体完工")
    # decoy: three digits after a whole number may still be a thousands group (1 200 000)
    assert normalize_text("总投资 1 200 000 元") == "总投资1200000元"


FTZ_BLOCKS = ("小檔案:重慶自貿區三大片區\n"
              "片區\u3000面積(平方公里)\u3000主要功能\n"
              "兩江片區\u300066.29\u3000高端產業、總部貿易\n"
              "合計\u3000119.98\u3000—\n")


def test_rows_under_an_ideographically_spaced_header_keep_their_cells(nlp):
    areas = {a["text"]: a for a in of(extract(nlp, FTZ_BLOCKS)[1], "area")}
    assert areas["66.29"]["value"] == pytest.approx(66.29) and areas["66.29"]["kind"] == "planned"
    assert areas["119.98"]["year"] is None


def test_a_blocks_floor_space_to_let_is_no_planned_area(nlp):
    # decoy: under 片区, a column of floor space to let is other, not the block's extent
    text = "片区  月租金(元/平方米)  可租面积(万平方米)\n南区智造园  18—20  12.5\n北区科技产业园  22—25  6.8\n"
    areas = {a["text"]: a for a in of(extract(nlp, text)[1], "area")}
    assert areas["12.5"]["kind"] == "other"


def test_an_ideographic_space_in_a_byline_still_closes_up():
    # decoy: a line that is no row under a header of cells
    assert normalize_text("新华网\u30002011年3月5日") == "新华网2011年3月5日"


DEBT_TABLE = ("五、发行人有息债务结构(截至2023年末)\n"
              "债务类型 余额(亿元) 占比\n"
              "银行借款  112.6  56.7%\n"
              "公司债券及中期票据  58.4  29.4%\n")


def test_a_debt_tables_balance_column_is_money_of_the_kind_its_rows_and_title_name(nlp):
    money = {m["text"]: m for m in of(extract(nlp, DEBT_TABLE)[1], "money")}
    assert money["112.6"]["value"] == pytest.approx(11260000000) and money["112.6"]["category"] == "financing"
    assert money["58.4"]["year"] == 2023
    assert "56.7" not in money  # decoy: the shares beside it are no money


def test_a_works_quantity_in_a_bill_of_quantities_is_no_area(nlp):
    text = ("8. 工程量清单摘要(一标段,单位:万元)\n\n"
            "序号  分部工程  工程量  金额\n"
            "2  路面基层及面层  41.3万平方米  7,846.20\n")
    assert of(extract(nlp, text)[1], "area") == []


def test_land_in_a_column_of_land_beside_works_is_still_an_area(nlp):
    # decoy: the same table's column of land taken holds areas
    text = ("序号  分部工程  占地面积  工程量\n"
            "2  路面基层及面层  86亩  41.3万平方米\n")
    assert [a["text"] for a in of(extract(nlp, text)[1], "area")] == ["86亩"]

def test_the_parts_of_a_projects_investment_estimate_are_investment(nlp):
    text = ("项目总投资估算为19.91亿元,其中:工程费用158,620万元;工程建设其他费用18,240万元(其中土地费用9,680万元);"
            "建设期利息8,090万元。其中设备购置费约9.8亿元,建筑工程费约4.2亿元,铺底流动资金约1.5亿元。\n")
    categories = {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    for amount in ("158,620万元", "18,240万元", "9,680万元", "8,090万元", "约9.8亿元", "约4.2亿元", "约1.5亿元"):
        assert categories[amount] == "investment", amount


def test_a_budgets_reserve_is_no_part_of_an_investment_estimate(nlp):
    # decoy: a government budget's 预备费 is its own money
    text = "6．预备费安排0.9亿元，占一般公共预算支出的2%，用于当年预算执行中的突发事件处理。\n"
    categories = {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert categories["0.9亿元"] == "other"


def test_a_named_fund_before_and_and_another_amount_is_financing(nlp):
    text = ("开发区还设立总规模5亿元的产业发展基金和2000万元的人才专项资金。"
            "园区设立了2000万元的种子资金和1亿元的创业投资引导基金。\n"
            "设立 总规模50亿元 的 未来产业基金\n"
            "设立2亿元的应急转贷资金池,累计为42家企业转贷11.5亿元。\n")
    categories = {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    for amount in ("5亿元", "2000万元", "50亿元", "2亿元"):
        assert categories[amount] == "financing", amount


def test_an_amount_before_and_a_project_keeps_its_own_cue(nlp):
    # decoy: the phrase after the amount names a project before 和, so its cue before it stands
    text = "该企业计划投资2亿元的项目和1亿元的产业基金。\n"
    categories = {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert categories["2亿元"] == "investment" and categories["1亿元"] == "financing"


def test_a_lower_and_an_upper_bound_in_a_row_are_two_amounts(nlp):
    # GUIDE rounds 46g and 50g: two bounds are two facts, each its own bound; a range word's two ends stay one range
    text = ("擅自改变工业用地用途的,由自然资源主管部门责令限期改正,处五万元以上二十万元以下罚款。\n"
            "一个标准机架的建设成本约10万元至15万元,如果上架率长期偏低,巨额投资将难以收回。\n")
    money = {m["text"]: (m["value"], m["value_max"], m["approx"]) for m in of(extract(nlp, text)[1], "money")}
    assert money["五万元以上"] == (50000.0, None, "at_least")
    assert money["二十万元以下"] == (200000.0, None, "at_most")
    assert money["约10万元至15万元"] == (100000.0, 150000.0, "range")
    assert len(money) == 3


def test_bounds_of_two_grades_apart_stay_two_amounts(nlp):
    # an upper grade's bound, then a clause later the next grade's two bounds
    text = "直接经济损失1亿元以上的为特别重大事故,5000万元以上1亿元以下的为重大事故。\n"
    money = {m["text"]: (m["value"], m["value_max"]) for m in of(extract(nlp, text)[1], "money")}
    assert money == {"1亿元以上": (1e8, None), "5000万元以上": (5e7, None), "1亿元以下": (1e8, None)}


NUMBERED_RANKING_TABLE = ("排名前十园区一览\n"
                          "排名  园区名称                    所在区   综合得分  2021年总收入(亿元)\n"
                          "1     中关村软件园                海淀区   89.6      4000\n"
                          "2     京西智谷                    门头沟区81.5      310\n"
                          "3     西城金融科技产业园          西城区   77.4      —\n"
                          "4     中关村昌平园                昌平区   75.8      1350\n")


def test_a_glued_or_empty_numbered_row_does_not_end_its_unit_table(nlp):
    money = {m["text"]: (m["value"], m["year"]) for m in of(extract(nlp, NUMBERED_RANKING_TABLE)[1], "money")}
    assert money["4000"] == (4e11, 2021) and money["1350"] == (1.35e11, 2021)


def test_a_note_under_a_unit_table_still_ends_it(nlp):
    # decoy: a note line, no numbered row, ends the table; a numbered line after it is no row of it
    text = NUMBERED_RANKING_TABLE + "注:综合得分满分为100分。\n5     顺义数字经济产业园          顺义区   70.2      142\n"
    money = {m["text"] for m in of(extract(nlp, text)[1], "money")}
    assert "142" not in money and "1350" in money


def test_a_dollar_sign_currency_and_a_host_currency_name_their_amounts(nlp):
    text = ("重点招商项目\n3　冷链物流中心　　　HK$8亿　　　　95亩\n"
            "毕业后进入园区一家中资企业做翻译,月薪约2000白俄罗斯卢布,是她同学平均水平的两倍。\n")
    money = {m["text"]: (m["value"], m["currency"]) for m in of(extract(nlp, text)[1], "money")}
    assert money["HK$8亿"] == (8e8, "HKD")
    assert money["约2000白俄罗斯卢布"] == (2000.0, "BYN")


def test_a_dollar_sign_before_a_bare_subscription_fee_is_no_amount(nlp):
    # decoy: a page's own fee after HK$, with no magnitude
    text = "搜寻 | 登入 | 订阅《经贸研究》电子报(会员每年HK$380) | English | 简体\n"
    assert of(extract(nlp, text)[1], "money") == []


FEASIBILITY_INDICATORS = ("附:主要技术经济指标表\n序号|指标名称|单位|数值\n1|总投资|万元|199,100\n3|总用地面积|亩|2,850\n"
                          "5|年均营业收入|万元|23,600\n8|财务净现值(i=5%)|万元|11,200\n(摘要完)\n")


def test_a_value_column_under_an_undated_title_is_read_with_no_year(nlp):
    money = {m["text"]: (m["value"], m["year"], m["category"])
             for m in of(extract(nlp, FEASIBILITY_INDICATORS)[1], "money")}
    assert money["199,100"] == (1.991e9, None, "investment")
    assert money["23,600"] == (2.36e8, None, "revenue")
    assert [a["value"] for a in of(extract(nlp, FEASIBILITY_INDICATORS)[1], "area")] == [1.9]


def test_only_a_yearly_average_of_an_undated_value_column_is_a_goal(nlp):
    # decoy: the investment and the present value are the study's figures, no goals
    goals = {m["text"]: m["target"] for m in of(extract(nlp, FEASIBILITY_INDICATORS)[1], "money")}
    assert goals == {"199,100": False, "23,600": True, "11,200": False}


def test_the_amount_of_a_line_of_signed_projects_is_investment(nlp):
    text = ("举办产业对接会,现场签约项目16个、金额约38亿元。\n"
            "北部湾各园区共签约项目48个,总金额约420亿元人民币(约530亿港元)。\n")
    categories = {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert categories["约38亿元"] == "investment" and categories["约420亿元"] == "investment"


def test_a_signed_projects_output_keeps_its_own_cue(nlp):
    # decoy: a cue in the amount's own clause wins over 签约项目 before it
    text = "全年签约项目30个,达产后预计年产值50亿元。\n"
    categories = {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert categories["50亿元"] == "output"


def test_a_range_of_rents_in_chinese_numerals_is_one_amount(nlp):
    text = "标准厂房租金每平方米每月八元到十二元,头三年县里补一半。\n"
    money = [(m["text"], m["value"], m["value_max"]) for m in of(extract(nlp, text)[1], "money")]
    assert money == [("八元到十二元", 8.0, 12.0)]


def test_a_lone_chinese_digit_before_yuan_with_no_range_is_still_no_amount(nlp):
    # decoy: 二元结构 and 一元化 name no amount
    text = "破除城乡二元结构,推进投资主体一元化管理。\n"
    assert of(extract(nlp, text)[1], "money") == []

def test_an_approval_system_named_after_commitment_leaves_a_land_standard_a_standard(nlp):
    # 承诺制 names a reform a work report lists, not a party committing its project: the standards stay no goals
    text = ("2021年衡阳市政府工作报告\n今年主要工作安排\n"
            "深化园区“放管服”改革,推行“承诺制+标准地”供地模式,新出让工业用地投资强度不低于每亩300万元,"
            "亩均税收不低于15万元。\n")
    _, records = extract(nlp, text)
    assert not {3000000.0, 150000.0} & {t["value"] for t in of(records, "target")}


def test_a_partys_commitment_still_makes_its_land_rate_a_goal(nlp):
    # decoy: 承诺 itself, a company's commitment, keeps the rate its project's goal
    text = "乙方承诺,项目于2025年底前全部达产,达产后年产值约25亿元,亩均税收不低于100万元。\n"
    _, records = extract(nlp, text)
    assert 1000000.0 in {t["value"] for t in of(records, "target")}


def test_roads_a_plan_builds_in_kilometres_are_goals(nlp):
    text = ("2021年政府工作报告\n今年主要工作安排\n"
            "年内建成衡阳高新区至松木经开区快速通道,新建改建园区道路56公里;\n"
            "执委会还计划在年内出让产业用地1500亩,新建市政道路12公里。\n")
    _, records = extract(nlp, text)
    roads = {t["value"]: t for t in of(records, "target") if t["unit"] == "other"}
    assert roads[56.0]["year"] == 2021 and roads[56.0]["metric"] == "新建改建园区道路"
    assert roads[12.0]["year"] == 2021


def test_a_distance_in_kilometres_is_no_goal(nlp):
    # decoy: how far apart two places are, under a plan's deadline
    text = "到2025年,中马钦州产业园区与钦州港开发区相距约20公里,将共同打造临港产业带,产值达到500亿元。\n"
    _, records = extract(nlp, text)
    assert 20.0 not in {t["value"] for t in of(records, "target")}


def test_a_tasks_due_date_inside_a_semicolon_clause_does_not_date_the_next(nlp):
    # 2024年底前 dates the flats of its own ;-clause; the roads after it are the plan's, to 2025
    text = ("梧州市人民政府办公室关于印发梧州高新技术产业开发区高质量发展三年行动方案(2023—2025年)的通知\n\n"
            "梧政办发〔2023〕15号\n\n二、重点任务\n\n(四)推进产城融合\n\n"
            "完善园区生活配套,规划建设高新区科技新城,2024年底前建成人才公寓和保障性租赁住房1200套、九年一贯制学校1所;"
            "实施园区道路提级改造工程,新建改建园区道路35公里,完成投资18亿元。\n")
    _, records = extract(nlp, text)
    years = {t["value"]: t["year"] for t in of(records, "target")}
    assert years[1200.0] == 2024
    assert years[35.0] == 2025 and years[1800000000.0] == 2025


def test_a_due_date_after_a_figure_still_carries_into_the_next_clause(nlp):
    # decoy: a time after the clause's figure (投资3.8亿元,2022年底前建成投运;) dates that figure; the goal it makes
    # goes on into the next ;-clause
    text = ("湖北应城经济开发区总体规划（2020—2035年）\n环境影响报告书（简本）\n\n编制日期：2020年8月\n\n"
            "5  环境准入与减缓措施\n\n"
            "（4）近期重点环保工程：城北污水处理厂一期工程投资3.8亿元，2022年底前建成投运；"
            "长江埠化工园危险废物集中处置中心投资2.6亿元，设计处置能力5万吨/年，计划2023年投入运行；\n")
    _, records = extract(nlp, text)
    assert 260000000.0 in {t["value"] for t in of(records, "target")}


def test_a_bond_circulars_maturing_debt_by_year_is_no_goal(nlp):
    text = ("2024年襄阳高新技术产业投资集团有限公司公司债券募集说明书摘要\n"
            "发行人未来三年到期债务:2024年46.2亿元,2025年52.8亿元,2026年38.6亿元。\n"
            "本期债券募集资金扣除发行费用后,拟用于偿还到期公司债券本金6亿元,剩余部分用于补充流动资金。\n")
    _, records = extract(nlp, text)
    assert not {5280000000.0, 3860000000.0, 600000000.0} & {t["value"] for t in of(records, "target")}


def test_a_debt_plans_own_repayment_stays_a_goal(nlp):
    # decoy: a repayment a plan sets itself names no maturity
    text = "化债方案\n力争到2025年,通过土地出让偿还债务22亿元。\n"
    _, records = extract(nlp, text)
    assert 2200000000.0 in {t["value"] for t in of(records, "target")}


def test_an_eias_monitoring_sites_are_no_goals(nlp):
    text = ("陕西清水川能源化工园区总体规划(2021—2035年)环境影响报告书征求意见稿公示\n"
            "监测数据引用2021年5月至2022年4月园区及周边环境质量现状监测结果,共设大气监测点位12个、地表水监测断面8个、"
            "地下水监测点位16个、土壤监测点位24个。\n")
    _, records = extract(nlp, text)
    assert not {12.0, 8.0, 16.0, 24.0} & {t["value"] for t in of(records, "target")}


def test_monitoring_stations_a_plan_builds_stay_goals_beside_survey_sites(nlp):
    # decoy: stations to build are a goal; the sites sampled beside them are not
    text = "2022年园区生态环境保护工作计划\n今年计划新建空气质量自动监测站3个,新设大气监测点位12个、地表水监测断面8个。\n"
    values = {t["value"] for t in of(extract(nlp, text)[1], "target")}
    assert 3.0 in values and not {12.0, 8.0} & values


TITLED_ITEMS_REPORT = ("2021年衡阳市政府工作报告\n二、2021年主要目标任务\n"
                       "(六)推动县域园区特色发展。到“十四五”末,全市园区技工贸总收入达到8000亿元,千亿园区达到3个。\n"
                       "(七)优化营商环境。全面推行“一件事一次办”,企业开办时间压缩至1个工作日以内,"
                       "工程建设项目审批时间压缩至60个工作日以内。\n")


def test_a_titled_numbered_item_does_not_take_the_deadline_of_the_item_before(nlp):
    years = {t["value"]: t["year"] for t in of(extract(nlp, TITLED_ITEMS_REPORT)[1], "target")}
    assert years[1.0] == 2021 and years[60.0] == 2021


def test_the_item_before_keeps_its_own_deadline(nlp):
    # decoy: the deadline still dates its own item's goals
    years = {t["value"]: t["year"] for t in of(extract(nlp, TITLED_ITEMS_REPORT)[1], "target")}
    assert years[800000000000.0] == 2025 and years[3.0] == 2025


def test_a_projection_from_full_production_takes_no_year_of_the_build(nlp):
    text = ("2022年6月,公司与营口高新技术产业开发区管理委员会签署《投资协议书》,项目计划总投资30亿元,用地约600亩,"
            "分两期建设,一期投资十二亿元,预计2024年建成投产,全部达产后预计年营业收入45亿元、年纳税2.5亿元。\n")
    years = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert years[4500000000.0] is None


def test_a_projection_from_full_production_keeps_the_year_stated_for_it(nlp):
    # decoy: a year stated for 达产 itself dates the projection
    text = "乙方承诺,项目于2025年底前全部达产,达产后年产值约25亿元,新增就业岗位约600个。\n"
    years = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert years[2500000000.0] == 2025


def test_an_annual_reports_progress_at_period_end_is_no_goal(nlp):
    text = ("2022年年度报告\n四、在建及拟建项目情况\n"
            "1. 营口新能源汽车零部件产业化项目。项目计划总投资30亿元,预计2024年建成投产,全部达产后预计年营业收入45亿元。"
            "报告期末,项目累计投入2.16亿元,工程进度8%。\n")
    values = {t["value"] for t in of(extract(nlp, text)[1], "target")}
    assert not {216000000.0, 8.0} & values
    assert 4500000000.0 in values  # decoy: the projection before stays a goal


@pytest.mark.parametrize("text, name", [
    ("中山翠亨新区2023年实现地区生产总值300亿元。", "中山翠亨新区"),
    ("武汉长江新区今年计划完成投资500亿元。", "武汉长江新区"),
    ("绵阳科技城新区规划面积约137平方公里。", "绵阳科技城新区"),
    ("黔西南义龙新区规划面积约150平方公里。", "黔西南义龙新区"),
    ("和林格尔新区今年计划完成投资50亿元。", "和林格尔新区"),
])
def test_a_provincial_new_area_run_by_its_own_committee_is_a_zone(nlp, text, name):
    _, records = extract(nlp, text)
    assert name in zones_of(records)


def test_a_river_or_a_direction_before_new_area_without_its_city_is_no_zone(nlp):
    # decoy: the closed names hold the city with the river (武汉长江), so a bare 长江新区 of a text stays no zone
    _, records = extract(nlp, "长江新区是一个好地方,东部新区也是。")
    assert zones_of(records) == {}


def _bulletin_page(title: str) -> str:
    return ("遂宁经济技术开发区管理委员会门户网站\n"
            "首页 | 走进经开 | 政务公开 | 统计信息 | 互动交流\n"
            "当前位置:首页 > 统计信息 > 统计公报\n"
            f"{title}\n"
            "发布时间:2024-03-28 09:15  来源:经开区统计局\n"
            "经初步核算,全年实现地区生产总值312.6亿元,比上年增长7.8%。\n"
            "截至年末,经开区累计开发面积达到34.8平方公里。\n"
            "技术合同成交额9.8亿元。\n")


def test_a_bulletin_titled_under_a_web_pages_menu_dates_its_results(nlp):
    facts = extract(nlp, _bulletin_page("遂宁经济技术开发区2023年国民经济和社会发展统计公报"))[1]
    years = {f["text"]: f["year"] for f in facts if f["type"] in ("money", "area")}
    assert years["312.6亿元"] == 2023
    assert years["34.8平方公里"] == 2023
    assert years["9.8亿元"] == 2023


def test_a_bulletins_breadcrumb_alone_dates_nothing(nlp):
    # decoy: the menu names the genre, but no title names the bulletin's year; 全年 is the page's year
    facts = extract(nlp, _bulletin_page("遂宁经济技术开发区经济运行情况"))[1]
    years = {f["text"]: f["year"] for f in facts if f["type"] in ("money", "area")}
    assert years["312.6亿元"] == 2024
    assert years["9.8亿元"] is None


def test_a_cutoff_date_near_the_top_is_no_date_of_the_text(nlp):
    text = ("某开发投资集团有限公司\n关于存量债务化解方案(2024—2026年)的摘要\n"
            "截至2023年12月31日,公司有息债务余额218.6亿元。\n"
            "两园区今年计划新增供地3000亩。\n"
            "2024年3月15日\n")
    areas = {a["text"]: a["year"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["3000亩"] == 2024
    # decoy: a date line of the text's own near its top still dates it
    text = ("某开发投资集团有限公司\n发布时间:2023年12月31日\n"
            "两园区今年计划新增供地3000亩。\n")
    areas = {a["text"]: a["year"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["3000亩"] == 2023


def test_a_deadline_to_the_day_in_the_reports_year_makes_a_goal(nlp):
    text = "公司债务化解方案\n2024年3月15日\n管委会承诺2024年6月30日前将拖欠公司的工程款9.8亿元支付到位。\n"
    [money] = of(extract(nlp, text)[1], "money")
    assert (money["target"], money["year"]) == (True, 2024)
    # decoy: a day already past, with no deadline word, dates a result
    text = "公司债务化解方案\n2024年3月15日\n管委会已于2024年1月30日将拖欠公司的工程款9.8亿元支付到位。\n"
    [money] = of(extract(nlp, text)[1], "money")
    assert money["target"] is False


def test_quannian_of_a_result_in_a_report_on_one_year_titled_on_its_second_line(nlp):
    text = ("漳州高新技术产业开发区\n2024年度发展报告\n\n漳州高新技术产业开发区管理委员会\n二〇二五年一月\n\n"
            "三、主要工作成效\n　　全区重点项目全年完成投资186亿元,完成年度计划的112.3%。\n\n"
            "六、保障措施\n　　一是强化要素保障,全年争取省级以上各类专项资金不少于3亿元。\n")
    money = {m["text"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert money["186亿元"] == 2024
    # decoy: a goal's 全年 is the year the report plans, its own
    assert money["不少于3亿元"] == 2025


def test_a_yearbook_records_the_year_before_the_one_it_is_named_with(nlp):
    text = ("贵州数字方志馆\n当前位置:首页 > 地方年鉴 > 安顺年鉴(2019) > 经济 > 开发区\n"
            "《安顺年鉴(2019)》 安顺市地方志编纂委员会编\n\n安顺高新技术产业开发区\n\n"
            "【园区建设】夏云工业园全年完成征地3250亩,新建标准化厂房18.5万平方米。\n"
            "【营商环境】全年新办理企业登记1026户,企业开办时间压缩至3个工作日以内。\n")
    records = extract(nlp, text)[1]
    areas = {a["text"]: a["year"] for a in of(records, "area")}
    assert areas["3250亩"] == 2018
    assert areas["18.5万平方米"] == 2018
    # a time limit reached in the year recorded is a result, not a goal
    assert of(records, "target") == []


def test_a_yearbook_named_by_a_year_with_nian_dates_nothing(nlp):
    # decoy: 2019年 after 年鉴 is a date the text speaks of, not the yearbook's name
    text = ("开发区年鉴编纂工作会议\n\n会议要求年鉴2019年底前完成编纂。园区全年完成征地3250亩。\n")
    areas = {a["text"]: a["year"] for a in of(extract(nlp, text)[1], "area")}
    assert areas["3250亩"] != 2018


def test_a_chronicle_titling_the_text_dates_its_entries_results(nlp):
    text = ("洋浦经济开发区管理委员会门户网站\n当前位置:首页 > 园区概况 > 大事记\n洋浦经济开发区2022年大事记\n"
            "来源:洋浦经济开发区党政办  发布日期:2023-01-20\n\n"
            "12月28日  洋浦开发区全年实现地区生产总值约一千一百亿元,全年完成固定资产投资510亿元。\n\n"
            "9月14日  洋浦开发区全年招商目标调整:力争全年新签约项目总投资超1,000亿元。\n")
    money = {m["text"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert money["510亿元"] == 2022
    assert money["约一千一百亿元"] == 2022


def test_a_chronicle_of_the_year_still_running_dates_nothing(nlp):
    # decoy: posted in the year it records, the chronicle's year is the report's own; nothing moves
    text = ("洋浦经济开发区2023年大事记\n发布日期:2023-06-20\n\n"
            "5月28日  洋浦开发区1至5月完成固定资产投资210亿元。\n")
    money = {m["text"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert money["210亿元"] == 2023


def test_new_materials_and_a_port_parks_manufacturing_are_known_industries(nlp):
    text = "新材料产业园规划面积6.5平方公里,重点发展高性能纤维和可降解材料。虞公港临港产业园重点发展港口物流、粮油加工和临港制造。"
    names = {(i["name"], i["role"]) for i in of(extract(nlp, text)[1], "industry")}
    assert {("高性能纤维", "planned"), ("可降解材料", "planned"), ("临港制造", "planned")} <= names


def test_a_port_parks_word_alone_names_no_manufacturing_industry(nlp):
    # decoy: 制造 alone is a stage of a chain, not an industry
    names = [i["name"] for i in of(extract(nlp, "园区重点发展港口物流和制造。")[1], "industry")]
    assert "制造" not in names


def test_a_list_after_a_concentrated_layout_names_planned_industries(nlp):
    text = "合作区规划建设澳门产业园,集中布局澳门中医药、科技研发等产业。"
    names = {(i["name"], i["role"]) for i in of(extract(nlp, text)[1], "industry")}
    assert names == {("澳门中医药", "planned"), ("科技研发", "planned")}


@pytest.mark.parametrize("text", [
    "要做到企业集中布局、产业集群发展、资源集约利用。",  # firms laid out together: no list after the cue
    "园区集中布局生物医药。",  # one item: a layout task, not a list
])
def test_a_concentrated_layout_without_a_list_names_no_industry(nlp, text):
    assert of(extract(nlp, text)[1], "industry") == []


def test_a_province_brand_of_an_industry_keeps_its_place_but_a_written_province_does_not(nlp):
    names = {i["name"] for i in of(extract(nlp, "重点发展澳门中医药、文旅会展等产业。")[1], "industry")}
    assert "澳门中医药" in names
    # decoy: a province written with 省 names where, not a brand
    names = {i["name"] for i in of(extract(nlp, "主导产业为河南省装备制造、食品。")[1], "industry")}
    assert "河南省装备制造" not in names


def test_a_cue_inside_another_cues_list_opens_the_list_written_after_it(nlp):
    text = "主攻方向为开发区三大主导产业:新能源汽车及零部件、现代医药、智能装备制造。"
    names = [(i["name"], i["role"]) for i in of(extract(nlp, text)[1], "industry")]
    assert names == [("新能源汽车及零部件", "leading"), ("现代医药", "leading"), ("智能装备制造", "leading")]


def test_a_cluster_heading_with_a_colon_still_names_its_cluster(nlp):
    # decoy: 产业集群: opens no list of its own, the heading names the cluster
    text = "(二)装备制造产业集群:以辛集装备制造产业园为载体,重点发展汽车零部件、智能输配电设备、农机装备。"
    names = {(i["name"], i["role"]) for i in of(extract(nlp, text)[1], "industry")}
    assert ("装备制造", "cluster") in names


def test_a_list_a_task_turns_on_before_a_weak_cue_names_no_industries(nlp):
    text = "要围绕光伏制造、锂电、盐湖化工、有色金属精深加工等优势产业建链、补链、强链。"
    assert of(extract(nlp, text)[1], "industry") == []


def test_a_list_turned_on_with_a_count_or_formed_still_names_industries(nlp):
    # decoys: 围绕 with a count of its items, and a list a zone has formed
    text = "围绕果品加工、乳制品、肉制品三大产业。格尔木经开区形成了盐湖化工、油气化工、金属冶金三大支柱产业。"
    names = {i["name"] for i in of(extract(nlp, text)[1], "industry")}
    assert {"果品加工", "乳制品", "肉制品", "盐湖化工", "油气化工", "金属冶金"} <= names


def test_a_cue_inside_the_first_item_before_a_counted_cue_marks_where_the_list_starts(nlp):
    text = "边合区重点发展进出口加工、现代物流和跨境电子商务三大主导产业,培育农副产品精深加工、新型建材和纺织服装产业集群。"
    names = {(i["name"], i["role"]) for i in of(extract(nlp, text)[1], "industry")}
    assert ("进出口加工", "leading") in names and ("加工", "leading") not in names


def test_a_cue_word_that_ends_the_first_item_cuts_nothing(nlp):
    # decoy: the item ends with the cue, no name after it to start the list
    text = "重点培育机器人及智能制造产业集群。"
    assert {i["name"] for i in of(extract(nlp, text)[1], "industry")} == {"机器人及智能制造"}


def test_a_counted_leading_cluster_cue_gives_the_leading_role(nlp):
    text = "到2025年,高新区形成电子信息、输变电装备和新材料三大主导产业集群。"
    roles = {(i["name"], i["role"]) for i in of(extract(nlp, text)[1], "industry")}
    assert roles == {("电子信息", "leading"), ("输变电装备", "leading"), ("新材料", "leading")}


def test_a_counted_cluster_of_a_weak_kind_stays_a_cluster(nlp):
    # decoy: 优势产业 does not end where 产业集群 ends, and a list closed by 等 has no count
    text = "打造汽车、电子两大优势产业集群。做大羊绒、丝网等特色产业集群。"
    assert {i["role"] for i in of(extract(nlp, text)[1], "industry")} == {"cluster"}

def test_a_fund_a_recommendation_asks_to_set_up_is_a_goal_of_no_earlier_year(nlp):
    text = ("2012年上半年园区风电装备产值同比下降12.4%,部分企业开工率不足60%,园区应适当调整产业结构,"
            "建议设立规模5亿元的新能源产业发展基金。\n")
    years = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert 500000000.0 in years and years[500000000.0] is None


def test_a_funds_first_tranche_after_its_size_is_a_goal(nlp):
    text = "下一步,将设立总规模50亿元的省产业集群发展基金,首期20亿元。\n"
    values = {t["value"] for t in of(extract(nlp, text)[1], "target")}
    assert {5000000000.0, 2000000000.0} <= values


def test_a_fund_set_up_with_its_first_tranche_raised_is_no_goal(nlp):
    # decoy: a fund a report already has, its first tranche raised, states no goal
    text = "经开区设立的总规模20亿元锂电产业发展基金已完成首期募集5亿元,全年为园区企业提供担保贷款12.7亿元。\n"
    values = {t["value"] for t in of(extract(nlp, text)[1], "target")}
    assert not {2000000000.0, 500000000.0} & values


def test_a_sum_a_recommendation_asks_to_allot_each_year_is_a_goal(nlp):
    text = ("四、几点建议\n建议自治区设立规模30亿元的园区发展基金,每年安排园区基础设施建设专项资金不少于5亿元,"
            "对援藏省市在园区投资亿元以上的项目给予贴息支持。\n建议园区每年安排不少于2000万元用于环境风险应急能力建设。\n")
    years = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert 500000000.0 in years and years[500000000.0] is None
    assert 20000000.0 in years and years[20000000.0] is None


def test_a_standing_sum_allotted_each_year_is_no_goal(nlp):
    # decoy: a fund a zone has, with its sum each year, reported in an article is a standing provision
    text = ("这些条款主要面向规模以上企业,但南宁经开区同时设有“小微企业成长专项资金”,每年安排1500万元,"
            "对年营业收入500万元至2000万元、连续两年增长的企业给予奖励。\n")
    values = {t["value"] for t in of(extract(nlp, text)[1], "target")}
    assert 15000000.0 not in values


def test_emissions_projected_once_a_plan_is_carried_out_are_goals_of_no_year(nlp):
    text = ("规划环境影响报告书\n六、环境影响预测\n"
            "规划全部实施后,二氧化硫、氮氧化物、挥发性有机物排放量分别为6850吨/年、1.38万吨/年、2.26万吨/年。\n"
            "(一)大气环境:规划实施后,园区SO2、NOx排放量分别控制在1862吨/年、3215吨/年以内。\n")
    years = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert {6850.0, 13800.0, 22600.0, 1862.0, 3215.0} <= set(years)
    assert years[6850.0] is None and years[1862.0] is None


def test_the_cost_of_each_occurrence_after_a_plan_is_carried_out_is_no_goal(nlp):
    # decoy: a unit cost of a recurring task
    text = "规划实施后每五年开展一次环境影响跟踪评价,每次经费约800万元,由园区管委会列入年度预算。\n"
    values = {t["value"] for t in of(extract(nlp, text)[1], "target")}
    assert 8000000.0 not in values

BOND_CIRCULAR_ACCOUNTS = (
    "襄阳高新区投资公司2024年面向专业投资者公开发行公司债券募集说明书摘要\n"
    "发行人是襄阳高新技术产业开发区内最重要的国有资产运营主体。\n"
    "二、发行人主要财务数据\n"
    "截至2023年末,发行人资产总额482.6亿元,负债总额286.3亿元,资产负债率59.32%;有息债务余额198.5亿元,"
    "其中一年内到期的有息债务46.2亿元。2023年度,发行人实现营业收入32.8亿元,其中土地整理开发收入14.6亿元;"
    "实现净利润3.16亿元,经营活动产生的现金流量净额4.85亿元。\n"
    "(四)产业投资业务。发行人出资5亿元参与设立基金;园区内标准厂房年租金收入2.3亿元。\n")


def test_a_part_after_a_semicolon_continues_the_issuers_accounts(nlp):
    zones = {m["value"]: m["zone"] for m in of(extract(nlp, BOND_CIRCULAR_ACCOUNTS)[1], "money")}
    assert zones[19850000000.0] is None and zones[4620000000.0] is None
    assert zones[316000000.0] is None and zones[485000000.0] is None


def test_a_part_with_a_bare_zone_word_keeps_its_own_subject(nlp):
    # decoy: 园区内… after the semicolon speaks of the zone, not of the issuer
    zones = {m["value"]: m["zone"] for m in of(extract(nlp, BOND_CIRCULAR_ACCOUNTS)[1], "money")}
    assert zones[230000000.0] == "襄阳高新技术产业开发区"


def test_a_firms_word_on_a_project_does_not_carry_past_a_semicolon(nlp):
    # decoy: bare 公司 opening the sentence carries no company subject into the project's part
    text = ("据预案,上述两个募投项目均位于青海省西宁经济技术开发区南川工业园区。\n"
            "公司表示,正极材料项目达产后,预计可实现年均营业收入约75亿元;碳酸锂项目达产后预计年均营业收入28亿元。\n")
    zones = {t["value"]: t["zone"] for t in of(extract(nlp, text)[1], "target")}
    assert zones[2800000000.0] == "西宁经济技术开发区南川工业园区"


def feature_by_zone(third_heading):
    return ("【内地经济】重庆自贸区五年:陆海新通道带旺两江\n\n"
            "两江新区:十年打造万亿级产业\n"
            "重庆两江新区于2010年6月挂牌,去年实现地区生产总值4500亿元。\n\n"
            "西永综保区:笔电之都再升级\n"
            "位于沙坪坝区的重庆西永综合保税区(西永综保区)规划面积10.3平方公里,去年进出口总值3900亿元。\n\n"
            f"{third_heading}\n"
            "截至去年底,港资在重庆累计设立企业7800家,实际投资额320亿美元,占重庆累计利用外资的近六成。\n")


def test_a_labelled_heading_about_no_place_ends_the_zone_before(nlp):
    money = {m["value"]: m["zone"] for m in of(extract(nlp, feature_by_zone("港资角色:融资与专业服务"))[1], "money")}
    assert money[32000000000.0] is None
    assert money[390000000000.0] == "重庆西永综合保税区"  # the zone's own section keeps it


def test_a_labelled_heading_naming_a_place_does_not_end_the_zone_before(nlp):
    # decoy: 港企个案:从东莞到重庆 names places; a heading with a zone word (高新区:…) or a tour's stop (第三站:…) too
    for heading in ("港企个案:从东莞到重庆", "第三站:港资企业聚集地"):
        money = {m["value"]: m["zone"] for m in of(extract(nlp, feature_by_zone(heading))[1], "money")}
        assert money[32000000000.0] is not None, heading  # the story's zones, as before the rule


CIRCULAR_REGION_PART = (
    "襄阳高新区投资公司2024年公司债券募集说明书摘要\n"
    "第二节 发行人所在区域经济情况\n"
    "一、襄阳市经济概况\n"
    "襄阳市为湖北省域副中心城市,2023年实现地区生产总值5842.9亿元,增长6.2%;一般公共预算收入276.3亿元。\n"
    "二、襄阳高新区概况\n"
    "襄阳高新区于1992年设立,1992年经国务院批准为国家级高新区。\n"
    "园区2023年实现工业总产值2860亿元。\n")


def test_a_numbered_heading_on_a_city_opens_a_part_of_no_zone(nlp):
    zones = {m["value"]: m["zone"] for m in of(extract(nlp, CIRCULAR_REGION_PART)[1], "money")}
    assert zones[584290000000.0] is None and zones[27630000000.0] is None


def test_the_zones_own_part_after_the_citys_keeps_the_zone(nlp):
    # decoy: the part headed by the zone is the zone's
    zones = {m["value"]: m["zone"] for m in of(extract(nlp, CIRCULAR_REGION_PART)[1], "money")}
    assert zones[286000000000.0] == "襄阳高新区"

def test_a_provincial_new_area_of_the_closed_list_is_a_zone(nlp):
    _, records = extract(nlp, "三、中山翠亨新区:本行参与设立规模人民币二十亿元的翠亨新区产业发展基金,本行出资人民币三亿元。")
    assert "中山翠亨新区" in zones_of(records)
    assert {m["zone"] for m in of(records, "money")} == {"中山翠亨新区"}


def test_a_towns_new_quarter_stays_no_zone(nlp):
    _, records = extract(nlp, "坦洲镇翠亨新区规划面积3平方公里,是镇里的新城区。")
    assert "坦洲镇翠亨新区" not in zones_of(records) and "翠亨新区" not in zones_of(records)


def test_a_zone_of_several_cities_joined_by_dashes_is_not_the_last_citys(nlp):
    _, records = extract(nlp, "推进衡阳—永州—郴州承接产业转移示范区建设,对接粤港澳大湾区,年内引进湾区企业100家以上。")
    assert not any(name.startswith("郴州") for name in zones_of(records))


def test_a_nation_and_partner_dash_still_leads_a_name(nlp):
    _, records = extract(nlp, "广西—东盟经济技术开发区以食品、生物医药为主导产业。郴州承接产业转移示范区规划面积10平方公里。")
    assert {"广西—东盟经济技术开发区", "郴州承接产业转移示范区"} <= set(zones_of(records))


def test_a_base_of_a_part_of_a_province_names_no_zone(nlp):
    _, records = extract(nlp, "清水川园区是陕北能源化工基地的重要组成部分,规划不涉及生态保护红线。")
    assert "陕北能源化工基地" not in zones_of(records)


def test_a_towns_energy_base_stays_a_zone(nlp):
    _, records = extract(nlp, "宁东能源化工基地规划面积10平方公里,以煤化工为主导产业。")
    assert "宁东能源化工基地" in zones_of(records)


def test_a_former_name_after_you_yuan_is_an_alias(nlp):
    _, records = extract(nlp, "湘阴高新技术产业开发区(以下简称湘阴高新区)由原湘阴工业园升级设立,2020年获批省级高新区,核准面积12.86平方公里。")
    zones = zones_of(records)
    assert "湘阴工业园" not in zones and "湘阴工业园" in zones["湘阴高新技术产业开发区"]


def test_a_name_renamed_into_the_one_after_it_is_its_alias(nlp):
    _, records = extract(nlp, "由原衡阳西渡高新技术产业园区更名而来的衡阳县经济开发区(原西渡园区),今年计划实施重点项目30个。")
    zones = zones_of(records)
    assert "衡阳西渡高新技术产业园区" not in zones and "衡阳西渡高新技术产业园区" in zones["衡阳县经济开发区"]


def test_zones_merged_into_one_stay_zones(nlp):
    _, records = extract(nlp, "拉萨高新区成立于2015年,由原柳梧新区产业园区、拉萨文化创意产业园和拉萨总部经济基地整合而成。")
    assert {"柳梧新区产业园区", "拉萨文化创意产业园"} <= set(zones_of(records))


@pytest.mark.parametrize("text", [
    "2019年,跨境电商产业园一期建成投用,入驻企业35家。",
    "序号  项目名称  总投资  用地\n2  跨境电商产业园二期  12亿元  150亩\n",
])
def test_a_park_named_by_its_industry_whose_phase_opens_a_clause_is_a_zone(nlp, text):
    _, records = extract(nlp, text)
    assert "跨境电商产业园" in zones_of(records)


@pytest.mark.parametrize("text", [
    "对符合条件的跨境电商产业园给予一次性奖励50万元。",
    "全市新建跨境电商产业园一批,带动就业2000人。",
])
def test_a_kind_of_park_without_its_phase_is_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert "跨境电商产业园" not in zones_of(records)

def test_warehouses_and_flats_a_built_cue_names_are_floor_space(nlp):
    text = "综合保税区规划面积1.2平方公里,已建成保税仓库8万平方米。丹阳综合物流园一期已建成仓储面积12万平方米。\n"
    kinds = {a["value"]: a["kind"] for a in of(extract(nlp, text)[1], "area")}
    assert kinds[0.08] == "other" and kinds[0.12] == "other"
    assert kinds[1.2] == "planned"  # decoy: the zone's own area keeps its kind


def test_built_up_land_stays_built_beside_warehouse_land(nlp):
    # decoy: land for warehouses (仓储用地) is land, and a built area with no building named stays built
    text = "园区已建成区面积12.3平方公里,其中物流仓储用地1.6平方公里。\n"
    kinds = {a["value"]: a["kind"] for a in of(extract(nlp, text)[1], "area")}
    assert kinds[12.3] == "built" and kinds[1.6] == "land_use"


def test_serviced_land_in_quotes_is_built(nlp):
    text = ("全市4个自治区级重点工业园区累计完成基础设施投资38.6亿元,新增“七通一平”面积22平方公里。"
            "南宁综保区规划面积2.37平方公里,已封关运作面积2.37平方公里。\n")
    kinds = [(a["value"], a["kind"]) for a in of(extract(nlp, text)[1], "area")]
    assert (22.0, "built") in kinds and (2.37, "built") in kinds and (2.37, "planned") in kinds


def test_serviced_works_alone_and_ready_land_keep_their_kinds(nlp):
    # decoy: the works' name with no 面积 is no kind word; 净地 / 熟地 after it are land to supply
    text = ("深河园首期开发面积5.8平方公里,已完成“七通一平”约4.2平方公里。"
            "襄阳经开区现有可供工业用地3200亩,其中“七通一平”熟地1100亩。\n")
    doc, records = extract(nlp, text)
    kinds = {doc.text[a["start"]:a["end"]]: a["kind"] for a in of(records, "area")}
    assert kinds["约4.2平方公里"] == "other" and kinds["1100亩"] == "land_use"


def test_a_blocks_bare_area_is_planned(nlp):
    text = ("整合后规划面积28.6平方公里,由三个区块组成:核心区块(原浙江兰溪经济开发区)面积15.3平方公里,"
            "游埠区块(原游埠工业园区)面积7.8平方公里。新增区块位于樟树市阁山镇,面积810公顷。"
            "泰达合作区:起步区1.34平方公里,扩展区6平方公里。\n")
    doc, records = extract(nlp, text)
    kinds = {doc.text[a["start"]:a["end"]]: a["kind"] for a in of(records, "area")}
    assert kinds["15.3平方公里"] == kinds["7.8平方公里"] == kinds["810公顷"] == kinds["6平方公里"] == "planned"
    assert kinds["1.34平方公里"] == "other"  # a start area is a phase, no block (GUIDE)


def test_a_block_taken_out_and_blockchain_are_no_extent(nlp):
    # decoys: a block taken out of the extent stays other, and 区块链 is no block
    text = "在原规划面积780公顷的基础上,调出冯川镇老城区块120公顷,调入赤田镇区块350公顷。区块链产业园面积50亩。\n"
    doc, records = extract(nlp, text)
    kinds = {doc.text[a["start"]:a["end"]]: a["kind"] for a in of(records, "area")}
    assert kinds["120公顷"] == "other" and kinds["50亩"] == "other"
    assert kinds["350公顷"] == "planned"


def test_a_budgets_other_income_and_paid_in_capital(nlp):
    text = ("一般公共预算收入18.9亿元,其中税收收入13.6亿元,非税收入5.3亿元。实收资本:人民币150,000.00万元。"
            "南宁海关为区内企业减免、缓征税款4.6亿元。\n")
    doc, records = extract(nlp, text)
    cats = {doc.text[m["start"]:m["end"]]: m["category"] for m in of(records, "money")}
    assert cats["5.3亿元"] == "other" and cats["人民币150,000.00万元"] == "financing" and cats["4.6亿元"] == "tax"
    assert cats["13.6亿元"] == "tax"  # decoy: the taxes of the budget stay tax


def test_peoples_and_villages_income_is_no_firms_revenue(nlp):
    text = "新哨镇布龙村人均务工收入1.6万元。十里村村集体经济收入达到86万元。园区企业实现营业收入120亿元。\n"
    doc, records = extract(nlp, text)
    cats = {doc.text[m["start"]:m["end"]]: m["category"] for m in of(records, "money")}
    assert cats["1.6万元"] == "other" and cats["86万元"] == "other"
    assert cats["120亿元"] == "revenue"  # decoy: firms' sales stay revenue


def test_a_credit_line_named_after_its_amount_is_financing(nlp):
    text = "同时联合金融机构,为中小跨境电商企业提供不少于100亿元的授信额度。\n"
    doc, records = extract(nlp, text)
    [m] = of(records, "money")
    assert m["category"] == "financing"


def test_a_first_phase_and_a_start_area_are_other(nlp):
    text = "临空物流园规划面积12.8平方公里,其中起步区3.2平方公里。西港特区总体规划面积11.13平方公里,首期开发面积5.28平方公里。\n"
    doc, records = extract(nlp, text)
    kinds = {doc.text[a["start"]:a["end"]]: a["kind"] for a in of(records, "area")}
    assert kinds["3.2平方公里"] == "other" and kinds["5.28平方公里"] == "other"
    assert kinds["12.8平方公里"] == kinds["11.13平方公里"] == "planned"


def test_a_phase_written_with_a_kind_word_takes_it(nlp):
    # decoys: 首期规划面积 and a part after 其中 naming no phase keep their kinds
    text = "首期规划面积3平方公里,首期占地500亩。东湖高新区规划面积518平方公里,其中建成区面积112平方公里。\n"
    doc, records = extract(nlp, text)
    kinds = {doc.text[a["start"]:a["end"]]: a["kind"] for a in of(records, "area")}
    assert kinds["3平方公里"] == "planned" and kinds["500亩"] == "land_use" and kinds["112平方公里"] == "built"


def test_land_sold_or_allotted_in_plots_is_land_use(nlp):
    text = "其中出让地41宗,面积4,927.15亩;划拨地11宗、面积1,743亩。2023年共出让“标准地”12宗、面积86公顷。\n"
    doc, records = extract(nlp, text)
    kinds = {doc.text[a["start"]:a["end"]]: a["kind"] for a in of(records, "area")}
    assert kinds["4,927.15亩"] == kinds["1,743亩"] == kinds["86公顷"] == "land_use"


def test_plots_on_offer_keep_no_kind(nlp):
    # decoy: 地块 is no kind word (a plot on offer), nor a bare area
    text = "固安园区推介了航空航天产业配套地块4宗、计520亩。\n"
    doc, records = extract(nlp, text)
    [area] = of(records, "area")
    assert area["kind"] == "other"

def hard_wrapped(paragraph: str, width: int) -> list[str]:
    """A paragraph cut into lines of `width` characters wherever the width ends, as a PDF's text is."""
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)]


WRAPPED_BULLETIN = "\n".join([
    "关于2022年1—9月全区重点项目建设进展情况的通报",
    "一、总体进展情况",
    *hard_wrapped("全年共谋划实施重点项目68个,总投资486.3亿元,年度计划投资112.5亿元,其中亿元以上项目47个,"
                  "10亿元以上项目12个;1—9月份,开复工项目61个,开复工率89.7%,累计完成投资91.6亿元,"
                  "占年度计划的81.4%,同比增长21.4%。", 30),
    "二、各园区项目推进情况",
    *hard_wrapped("(五)牡丹江江南科技孵化园。总建筑面积4.6万平方米,今年新入驻科技型企业27家,累计在孵企业112家,"
                  "实施项目2个,总投资3.8亿元,1—9月完成投资1.1亿元。年底前在孵企业力争达到130家,新认定高新技术企业"
                  "不少于8家,二期孵化楼计划于2023年6月竣工。", 30),
    "表1 重点项目进展情况表",
    "序号 项目名称 总投资(万元) 年度计划投资(万元) 完成率%",
    "1 恒丰纸业特种纸扩建项目 86000 21000 88.8",
    "2 年产3万吨木塑复合材料项目 32500 12000 86.0",
]) + "\n"


def test_a_hard_wrapped_reports_paragraphs_read_as_running_text(nlp):
    text = normalize_text(WRAPPED_BULLETIN)
    assert "年底前在孵企业力争达到130家,新认定高新技术企业不少于8家" in text
    assert "累计完成投资91.6亿元,占年度计划的81.4%" in text
    # headings and the table's rows keep their lines
    assert "\n一、总体进展情况\n全年共谋划" in text and "\n二、各园区项目推进情况\n(五)" in text
    assert text.endswith("完成率%\n1  恒丰纸业特种纸扩建项目 86000 21000 88.8\n2  年产3万吨木塑复合材料项目 32500 12000 86.0\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, WRAPPED_BULLETIN)[1], "target")}
    assert goals[130.0] == 2022


def test_a_table_of_even_rows_keeps_its_lines(nlp):
    # decoy: rows as wide as each other, cells apart by single spaces, no row ending a sentence
    rows = ["园区名称 规划面积 完成投资 工业增加值 主导产业"] + [
        f"{name} {a} {b} {c} 光伏制造、新材料" for name, a, b, c in
        [("东川工业园区", 22.5, 58.6, 46.2), ("甘河工业园区", 38.0, 81.3, 72.4), ("南川工业园区", 18.6, 31.7, 27.9),
         ("大通工业园区", 10.2, 26.9, 37.2), ("湟中工业园区", 12.4, 20.1, 15.3), ("多巴工业园区", 9.8, 11.2, 10.6)]]
    text = "\n".join(rows) + "\n"
    assert normalize_text(text).count("\n") == len(rows)


def test_a_list_of_short_lines_keeps_its_lines(nlp):
    # decoy: lines of one length, a poem's or a slogan list's, each whole
    lines = ["产业兴园强根基", "项目建设攀高峰", "招商引资聚动能", "营商环境再提升", "绿色发展添活力", "科技创新领未来",
             "人才集聚筑高地", "开放合作谱新篇"]
    text = "\n".join(lines) + "\n"
    assert normalize_text(text) == text


def test_a_pages_navigation_lines_keep_their_lines(nlp):
    # decoy: a web page's menus and links, lines without a stop, around a paragraph on one line
    text = ("首页 | 政务公开 | 政务服务 | 互动交流 | 走进吴兴\n当前位置:首页 > 政务公开 > 通知公告\n"
            "湖州市吴兴区经济和信息化局关于2020年度招商引资奖励资金的公示\n"
            "根据《吴兴区招商引资奖励办法》,经审核,拟对13家企业兑现奖励资金共1098万元,现予公示。\n"
            "相关链接:\n· 吴兴经开区一季度签约项目28个 总投资156亿元\n· 吴兴高新区获评省级高新技术产业园区A类\n"
            "· 关于开展2021年度“亩均论英雄”综合评价工作的通知\n【打印本页】【关闭窗口】\n"
            "上一篇:吴兴区2021年第一批小微企业园认定名单公示\n下一篇:关于征集2021年度区级重点工业项目的通知\n")
    assert normalize_text(text).count("\n") == text.count("\n")


def money_goals(nlp, text):
    """{value: (target, year)} of the money facts."""
    return {m["value"]: (m["target"], m["year"]) for m in of(extract(nlp, text)[1], "money")}


def test_a_difference_from_the_plan_is_no_goal(nlp):
    text = ("西宁经济技术开发区“十二五”中期发展评估及2012年工作安排\n五、存在的主要问题\n一是投资增速放缓。甘河工业园区电解铝项目"
            "因电价上调,全年实际完成投资较计划减少12.6亿元。\n")
    assert money_goals(nlp, text)[1260000000.0][0] is False
    # decoy: the plan's own figure before the comparison stays a goal
    text = "2012年工作安排\n全年力争完成固定资产投资260亿元,比计划增加20亿元。\n"
    goals = money_goals(nlp, text)
    assert goals[26000000000.0] == (True, 2012) and goals[2000000000.0][0] is False


def test_the_figures_after_funds_won_are_results_too(nlp):
    text = ("关于2022年1—9月全区重点项目建设进展情况的通报\n一、总体进展情况\n在要素保障方面,全区争取地方政府专项债券资金"
            "6.8亿元,协调金融机构为重点项目发放贷款12.6亿元,为企业兑现各类扶持资金1.35亿元。\n")
    goals = money_goals(nlp, text)
    assert not any(goals[v][0] for v in (680000000.0, 1260000000.0, 135000000.0))
    assert not of(extract(nlp, text)[1], "target")


def test_the_size_in_a_funds_name_is_no_goal(nlp):
    text = ("2025年工作思路\n一是强化要素保障,全年争取省级以上各类专项资金不少于3亿元,用好50亿元产业引导基金;"
            "二是强化考核激励。\n")
    goals = money_goals(nlp, text)
    assert goals[5000000000.0][0] is False
    assert goals[300000000.0] == (True, 2025)  # decoy: the clause before is still a goal
    # decoy: a fund to be set up is a goal
    assert money_goals(nlp, "2025年工作思路\n年内将设立50亿元产业引导基金。\n")[5000000000.0] == (True, 2025)


def test_a_measure_against_problems_takes_no_plan_year(nlp):
    measure = ("针对上述问题,管委会将采取以下措施:积极争取国家开发银行等金融机构授信50亿元;设立开发区产业发展引导资金,"
               "每年安排不少于1亿元。\n")
    text = "西宁经济技术开发区“十二五”中期发展评估及2012年工作安排\n五、存在的主要问题\n一是投资增速放缓。\n" + measure
    assert money_goals(nlp, text)[5000000000.0] == (True, None)
    # decoy: under the year's tasks it is a task of the plan's year
    text = "西宁经济技术开发区“十二五”中期发展评估及2012年工作安排\n四、2012年重点工作\n" + measure
    assert money_goals(nlp, text)[5000000000.0] == (True, 2012)


def test_a_projects_whole_total_in_a_years_review_has_no_year(nlp):
    text = ("浠水县工业园区2011年工作总结\n一、主要成绩\n全年新引进项目9个,协议投资额18.6亿元。鑫泰船舶项目总投资3亿元,"
            "占地320亩。四是福瑞达医药中间体项目,总投资1.5亿元,已于11月试产。6月,总投资8亿元的生物酶制剂扩能项目落户园区。\n")
    goals = money_goals(nlp, text)
    assert goals[300000000.0] == (False, None)
    assert goals[150000000.0] == (False, None)
    assert goals[800000000.0] == (False, None)
    assert goals[1860000000.0] == (False, 2011)  # decoy: the year's signed investment keeps its year


def test_a_programmes_total_keeps_its_year(nlp):
    text = ("黄石市开发区2014年上半年工作总结\n今年一季度,区内重点园区新签约项目总投资1320亿元。"
            "截至2014年6月末,公司在建代建项目总投资82.6亿元。2014年两区共引进电子信息项目46个,合同投资额386亿元,"
            "其中某面板模组项目总投资52亿元。\n")
    goals = money_goals(nlp, text)
    assert goals[132000000000.0][1] == 2014
    assert goals[8260000000.0][1] == 2014
    assert goals[5200000000.0][1] == 2014

@pytest.mark.parametrize("text, park", [
    ("北区东部规划建设化工新材料产业园,规划用地约4.2平方公里;南区规划建设精细化工产业园,规划用地2800亩。", "化工新材料产业园"),
    ("北区东部规划建设化工新材料产业园,规划用地约4.2平方公里;南区规划建设精细化工产业园,规划用地2800亩。", "精细化工产业园"),
    ("我们正在规划建设一个稀土新材料孵化园,规划面积三百亩,建成后可以容纳孵化企业一百家以上。", "稀土新材料孵化园"),
])
def test_a_built_park_whose_size_opens_the_next_clause_is_a_zone(nlp, text, park):
    _, records = extract(nlp, text)
    assert park in zones_of(records)
    assert any(r["type"] == "area" and r["zone"] == park for r in records)


@pytest.mark.parametrize("text", [
    "各县要建设农产品加工产业园,规划用地不少于500亩。",
    "鼓励有条件的地区建设特色产业园,规划面积一般不低于1平方公里。",
    "支持建设新材料产业园,推动产业集聚发展。",
])
def test_a_kind_of_built_park_with_no_measured_size_is_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert not zones_of(records)


@pytest.mark.parametrize("text", [
    "经开区内的锂电产业园全年入驻企业42家;电子信息产业园实现产值一百九十八点五亿元,完成投资二十三亿元。",
    "2023年,电子信息产业园完成固定资产投资12亿元。",
])
def test_a_park_named_by_its_industry_measured_as_a_clause_subject_is_a_zone(nlp, text):
    _, records = extract(nlp, text)
    assert "电子信息产业园" in zones_of(records)


@pytest.mark.parametrize("text", [
    "全市电子信息产业园实现产值500亿元。",
    "推动电子信息产业实现产值翻番。",
])
def test_a_park_kind_or_an_industry_before_a_metric_is_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert "电子信息产业园" not in zones_of(records)


@pytest.mark.parametrize("text", [
    "西宁经济技术开发区下辖东川工业园、甘河工业园、南川工业园和生物科技产业园,其中甘河工业园规划面积26.8平方公里。",
    "园区包括东川工业园、生物科技产业园及南川工业园。",
])
def test_a_park_named_by_its_industry_listed_after_a_named_park_is_a_zone(nlp, text):
    _, records = extract(nlp, text)
    assert "生物科技产业园" in zones_of(records)


@pytest.mark.parametrize("text", [
    "加快甘河工业园和生物科技产业园建设。",
    "西宁经济技术开发区和生物科技产业园项目签约。",
])
def test_a_listed_industry_park_running_on_or_after_no_park_is_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert "生物科技产业园" not in zones_of(records)

@pytest.mark.parametrize("text, amount, category", [
    # a government allots the amount, and its clause names no cue of its own: financing
    ("明确,省财政每年安排一千二百万元,对综合考核排名前10位的开发区给予奖励。", "一千二百万元", "financing"),
    ("全市完成投资50亿元。县财政今年安排重大项目前期工作经费800万元,对提前完成的单位给予表扬。", "800万元", "financing"),
    ("已投资项目12个、投资金额7.35亿元。今年,市财政计划再安排二亿五千万元用于开发区子基金扩容。", "二亿五千万元", "financing"),
    ("我们跟高校合作建了研究院,政府每年拿出2000万元专门用于引才。", "2000万元", "financing"),
    # decoys: a budget's line planned (other), the part of a whole named before (the whole's kind)
    ("1.科学技术支出安排4.8亿元。2.预备费安排0.9亿元。", "4.8亿元", "other"),
    ("园区基础设施投资计划定为3000亿元,其中2015年安排400亿元。", "400亿元", "investment"),
])
def test_an_amount_a_government_allots_with_no_cue_is_financing(nlp, text, amount, category):
    categories = {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert categories[amount] == category


@pytest.mark.parametrize("text, amount, category", [
    # a wage, an asking price, labour costs: other, whatever investment cue stands further back
    ("一家在漳州投资的台湾食品厂负责人估算,厂区员工月薪已从2012年的人民币2500元涨到4200元。", "4200元", "other"),
    ("台商投资区吸引投资50亿元。工业用地挂牌价每亩20万元。", "20万元", "other"),
    ("港资电子厂投资1亿元迁往粤北,每年可节省土地和人工成本约3000万元。", "约3000万元", "other"),
    # decoy: a project's investment naming a land price it excludes stays investment
    ("项目固定资产投资(不含土地出让价款)不低于30亿元。", "不低于30亿元", "investment"),
])
def test_wages_asking_prices_and_labour_costs_are_other(nlp, text, amount, category):
    categories = {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert categories[amount] == category


@pytest.mark.parametrize("text, amount, category", [
    # what partners put into a joint venture is invested
    ("园区提供设备补贴。他与两名合伙人合资港币1.5亿元在新材料产业园买地建厂。", "港币1.5亿元", "investment"),
    ("处置中心由园区与新加坡某环保企业合资建设,外方出资约800万美元。", "约800万美元", "investment"),
    # decoy: a joint venture's loan is financing
    ("合资公司获得银行贷款2亿元。", "2亿元", "financing"),
])
def test_a_joint_ventures_capital_is_investment(nlp, text, amount, category):
    categories = {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert categories[amount] == category


@pytest.mark.parametrize("text", [
    "三年内,全州开发区工业总产值突破3000亿元。",  # an autonomous prefecture's zones together
    "自治区主席深入乌鲁木齐市、昌吉回族自治州部分开发区和重点企业调研。",  # some of a prefecture's zones
    "2018年,丹东市开发区实现地区生产总值100亿元。",  # a city written with 市 and a bare 开发区: its zones together
    "推动长江中游城市群高新区协同发展。",  # a group of cities' zones together
])
def test_collectives_of_a_prefecture_or_a_city_group_are_no_zone(nlp, text):
    assert of(extract(nlp, text)[1], "zone") == []


@pytest.mark.parametrize("text, name", [
    ("全州工业集中区完成投资10亿元。", "全州工业集中区"),  # 全州, a county of Guangxi, names its own zones
    ("全州县工业园区完成投资10亿元。", "全州县工业园区"),
    ("丹东开发区实现地区生产总值100亿元。", "丹东开发区"),  # without 市 one zone may be named so
    ("株洲市高新区实现营业收入10亿元。", "株洲市高新区"),  # only 开发区 after a city's 市 is its zones together
])
def test_zones_named_beside_collectives_stay(nlp, text, name):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == [name]


@pytest.mark.parametrize("text, names", [
    ("对在渤龙湖科技园工作的博士,每月发放生活补贴3000元。", ["渤龙湖科技园"]),  # a lake jieba cuts 渤|龙湖
    ("下辖华苑科技园、海洋科技园、渤龙湖科技园和南开科技园四个园区。",
     ["华苑科技园", "海洋科技园", "渤龙湖科技园", "南开科技园"]),
    ("入驻龙湖科技园的企业达到50家。", ["龙湖科技园"]),  # without 渤 the park is 龙湖's
])
def test_a_park_named_after_a_locality_jieba_cuts(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    ("与宜宾市三江新区管委会签订投资协议。", ["宜宾市三江新区"]),  # a closed new area, its city written with 市
    ("成都市东部新区签约项目12个。", ["成都市东部新区"]),
    ("松原市城东新区建设加快。", []),  # a city's new district, no name of the closed list
    ("兰州市新区建设加快。", []),  # the city's new districts: nothing after 市 names one
])
def test_closed_new_area_names_with_their_citys_mark(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_a_province_and_its_city_in_brackets_name_the_zone_the_city_names_alone(nlp):
    text = ("辽宁(营口)沿海产业基地实现营业收入251.7亿元。营口经开区、营口沿海产业基地分别完成固定资产投资186亿元和"
            "142亿元。")
    zones = zones_of(extract(nlp, text)[1])
    assert zones == {"辽宁(营口)沿海产业基地": ["营口沿海产业基地"], "营口经开区": []}


def test_two_nations_and_a_city_in_brackets_stay_the_zones_name(nlp):
    zones = zones_of(extract(nlp, "中德(沈阳)高端装备制造产业园签约项目10个。")[1])
    assert list(zones) == ["中德(沈阳)高端装备制造产业园"]


@pytest.mark.parametrize("text, names", [
    # 园区|内: a stopword starts no town's name (not 内硼化工产业园); the measured park is its industry's
    ("园区内硼化工产业园已入驻企业11家。", ["硼化工产业园"]),
    ("大周新能源产业园已入驻企业11家。", ["大周新能源产业园"]),  # a town jieba lacks before an industry
])
def test_a_town_before_an_industry_park_does_not_start_with_a_stopword(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_a_periodicals_issue_dates_an_article_page(nlp):
    # a journal's article page: its issue is its only date; a five-year plan's span before it is looked back on
    from extractors.context import document_year
    head = "当前位置:首页 > 学术期刊 > 《湖北社会科学》 > 2016年第9期\n\n老工业基地高新区转型发展的路径研究\n"
    assert document_year(head + "正文。") == 2016
    assert document_year("老工业基地高新区转型发展的路径研究\n正文。") is None  # no issue, no date
    text = head + "“十二五”期间,襄阳高新区累计引进亿元以上项目186个,实际到位资金1260亿元,其中利用外资9.8亿美元。"
    assert goals_by_text(extract(nlp, text)[1]) == {}


def test_a_goal_under_a_plan_period_ahead_of_an_issue_stays_a_goal(nlp):
    text = ("当前位置:首页 > 学术期刊 > 《湖北社会科学》 > 2016年第9期\n\n"
            "“十三五”期间,襄阳高新区力争累计引进亿元以上项目200个。")
    assert goals_by_text(extract(nlp, text)[1]) == {"引进亿元以上项目200个": (2020, 200, "count")}


def test_funds_a_yearbook_says_were_sought_over_the_year_were_won(nlp):
    # a yearbook records its year: 全年争取 … 资金 there is what was won, no plan of the year
    text = ("丹东年鉴·2019\n开发区建设\n"
            "【概况】 2018年,丹东市有各类开发区7个。各开发区管委会全年争取中央和省级专项资金4.8亿元,其中省级开发区发展"
            "专项资金1.2亿元。全年为园区中小企业争取各类扶持资金2100万元,帮助企业获得银行贷款8.6亿元。")
    assert goals_by_text(extract(nlp, text)[1]) == {}


def test_funds_to_seek_over_the_year_in_a_work_plan_stay_goals(nlp):
    # the decoy: a work plan's 全年 … 争取 is a task of its year
    text = "2022年1月10日\n2022年工作计划\n全年新建标准化厂房六万平方米,争取地方政府专项债券资金二亿元。"
    goals = goals_by_text(extract(nlp, text)[1])
    assert goals["地方政府专项债券资金二亿元"][:2] == (2022, 2e8)


def test_funds_won_from_listed_sources_under_a_half_years_review_are_no_goals(nlp):
    # a plan document's review section: 争取 … 资金 after sources listed with 、 reports funds won
    text = ("某高新区管委会2023年上半年工作总结和下半年工作安排\n(2023年7月12日)\n\n二、上半年重点工作开展情况\n\n"
            "(四)科技创新动能不断增强。上半年新认定高新技术企业42家。争取国家、省、市各级科技项目资金1.26亿元,"
            "兑现各类科技奖补资金6830万元。\n\n三、下半年工作安排\n\n全年争取国家、省各级科技项目资金2亿元以上。")
    goals = goals_by_text(extract(nlp, text)[1])
    assert "市各级科技项目资金1.26亿元" not in goals and "兑现各类科技奖补资金6830万元" not in goals
    assert any(v[:2] == (2023, 2e8) for v in goals.values())  # the plan's own task to seek funds stays a goal


def test_a_fund_to_set_up_takes_no_far_horizon_of_the_sentence_before(nlp):
    text = ("2022年6月10日\n近期(2022—2025年)重点开发北片生物医药产业园,计划完成基础设施投资约46亿元;远期(2026—2035年)"
            "推进南片低碳智造产业园整体开发,预计带动社会投资超过300亿元。海口高新区管委会将设立规模10亿元的产业引导基金,"
            "支持园区重点项目落地。")
    assert goals_by_text(extract(nlp, text)[1])["管委会将设立规模10亿元"][:2] == (None, 1e9)


def test_a_fund_to_set_up_after_a_years_plan_keeps_its_year(nlp):
    # the decoy: the sentence before plans the year after the report's, which dates the fund too
    text = ("2022年1月5日\n2022年,高新区力争营业收入突破一千五百亿元,利民开发区新增建设用地3000亩。"
            "新区将设立规模一百亿元的新区产业发展基金。")
    assert goals_by_text(extract(nlp, text)[1])["设立规模一百亿元"][:2] == (2022, 1e10)


def test_a_project_tables_content_cells_hold_no_goals(nlp):
    # a work plan's project table: the content column describes what each project builds; its investment cells
    # are read by their columns, as before
    text = ("2013年3月1日\n2013年产业集聚区重点项目计划表\n"
            "项目名称|所在集聚区|总投资(万元)|2013年计划投资(万元)|建设内容\n"
            "古井集团酿酒生产基地二期|亳州经济开发区|150000|60000|新建酿造车间10万平方米\n"
            "利辛县纺织服装产业园|利辛经济开发区|68000|25000|标准化厂房20万平方米\n"
            "序号\t项目名称\t建设内容\t总投资(万元)\n"
            "1\t年产10万吨高纯硅材料项目\t占地1200亩,建成后年产高纯多晶硅10万吨\t1250000\n")
    goals = goals_by_text(extract(nlp, text)[1])
    assert not any(k.endswith(("10万平方米", "20万平方米", "10万吨")) for k in goals)


def test_a_two_cell_label_and_goal_row_keeps_its_goal(nlp):
    # the decoy: a label and its value are no project row
    text = "2024年工作目标\n新增标准厂房|力争新建标准厂房30万平方米\n"
    assert any(v[1] == 0.3 for v in goals_by_text(extract(nlp, text)[1]).values())


def test_the_figures_of_a_terms_definition_are_no_goals(nlp):
    text = ("2025年3月1日\n今年高新区力争新开工亿元以上项目30个。\n附:统计口径\n"
            "1.“亿元以上项目”指计划总投资1亿元以上(含)的项目;\n2.“标准地”是指带着投资强度不低于每亩300万元等指标出让的土地。")
    goals = goals_by_text(extract(nlp, text)[1])
    assert [v[:2] for v in goals.values()] == [(2025, 30)]  # the plan's own goal stays; the definitions give none

@pytest.mark.parametrize("text, zones", [
    # the national new area named with its city; the text then writes it without the city
    ("东疆港区所在的天津滨海新区是国家级新区。滨海新区内另有天津港保税区。",
     {"天津滨海新区": ["滨海新区"], "天津港保税区": []}),
    ("我们和北京中关村、天津滨海新区都签了合作协议。", {"天津滨海新区": []}),
    ("签约仪式在洋浦滨海新区举行。", {}),  # 洋浦's district: 滨海 alone is no closed name
    ("滨海新区建设加快。", {}),  # no city: Jiangsu's 滨海 county has new districts too
])
def test_tianjin_binhai_new_area_is_a_closed_name_with_its_city(nlp, text, zones):
    assert zones_of(extract(nlp, text)[1]) == zones


@pytest.mark.parametrize("text, zones", [
    ("与贵安新区相邻的贵州双龙航空港经济区(简称“双龙经济区”)也在布局数据中心配套产业。",
     {"贵安新区": [], "贵州双龙航空港经济区": ["双龙经济区"]}),
    ("贵州双龙航空港经济区规划面积71.2平方公里。双龙航空港经济区重点发展临空经济。",
     {"贵州双龙航空港经济区": ["双龙航空港经济区"]}),
    ("大力发展航空港经济区。", {}),  # the kind, no place
])
def test_an_airport_economic_zone_named_by_its_place(nlp, text, zones):
    assert zones_of(extract(nlp, text)[1]) == zones


@pytest.mark.parametrize("text, zones", [
    # a park and the park of a newer trade of it, listed side by side: two parks
    ("襄阳高新区下辖汽车产业园、航空航天工业园、新能源汽车产业园和襄阳深圳工业园四个特色园区。",
     {"襄阳高新区": [], "汽车产业园": [], "航空航天工业园": [], "新能源汽车产业园": [], "襄阳深圳工业园": []}),
    # a place dropped is still a short form of the one park
    ("温岭市东部产业集聚区规划面积10平方公里。东部产业集聚区重点发展汽摩配件。",
     {"温岭市东部产业集聚区": ["东部产业集聚区"]}),
])
def test_a_trade_before_a_parks_name_makes_another_park(nlp, text, zones):
    assert zones_of(extract(nlp, text)[1]) == zones


@pytest.mark.parametrize("text, names", [
    ("2022年实现产值18.6亿元;通用航空产业园规划面积5.2平方公里,总投资80亿元的通航整机制造项目一期已投产。",
     ["通用航空产业园"]),
    ("各县农产品加工产业园规划用地不少于500亩。", []),  # a norm for a kind of park: no figure of its own
    ("支持建设农产品加工产业园,规划面积由各县确定。", []),
])
def test_a_park_named_by_its_industry_that_opens_a_clause_with_its_size(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, zones", [
    # a trade before a park's name written without its place makes another park, phased as one
    ("朔州经开区新材料产业园规划面积10平方公里。陶瓷新材料产业园一期建成标准化厂房8万平方米。新材料产业园全年实现产值186亿元。",
     {"朔州经开区新材料产业园": ["新材料产业园"], "陶瓷新材料产业园": []}),
    # a verb before it: still the place's park
    ("朔州经开区新材料产业园规划面积10平方公里。加快推进新材料产业园建设。", {"朔州经开区新材料产业园": ["新材料产业园"]}),
])
def test_a_trade_before_a_park_written_without_its_place_names_another_park(nlp, text, zones):
    assert zones_of(extract(nlp, text)[1]) == zones


@pytest.mark.parametrize("text, names", [
    ("当年宽甸园区征收土地380亩。园区内硼化工产业园已入驻企业11家,年产硼酸能力3万吨。", ["宽甸园区", "硼化工产业园"]),
    ("区内的汽车零部件产业园实现产值12亿元。", ["汽车零部件产业园"]),
    ("区内各产业园入驻企业共120家。", []),  # counted parks: a kind
])
def test_a_park_named_by_its_industry_inside_the_zone_and_measured(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names

def test_a_yearly_schedule_of_money_under_its_captions_unit_is_read_by_year(nlp):
    # a listed company's reply: the unit in the caption, the columns named by phase only; 合计 is left unread
    text = ("上海某科技股份有限公司关于问询函的回复公告\n2023年3月15日\n"
            "回复:项目分年度投资计划如下(单位:万元):\n年度  一期  二期  合计\n2023年  20000  —  20000\n"
            "2024年  35000  12000  47000\n合计  55000  12000  67000\n")
    money = [(m["value"], m["category"], m["year"], m["target"]) for m in of(extract(nlp, text)[1], "money")]
    assert money == [(2e8, "investment", 2023, True), (2e8, "investment", 2023, True),
                     (3.5e8, "investment", 2024, True), (1.2e8, "investment", 2024, True),
                     (4.7e8, "investment", 2024, True)]


@pytest.mark.parametrize("text", [
    # a title naming no kind of money: the table's figures are counts whatever the unit line says
    "各年度入驻企业情况(单位:万元):\n年度  企业数  从业人员\n2021年  35  1200\n2022年  41  1500\n",
    # a unit line listing several units: which column is money it does not say
    "分年度投资计划(单位:万元、个):\n年度  一期  项目\n2021年  3500  12\n",
])
def test_a_yearly_table_is_no_schedule_of_money_without_a_titled_kind_and_one_unit(nlp, text):
    assert of(extract(nlp, text)[1], "money") == []


def test_a_rate_column_in_a_yearly_schedule_of_money_stays_no_amount(nlp):
    text = "分年度投资计划(单位:万元):\n年度  一期  增速\n2021年  30000  12.5\n"
    assert [m["value"] for m in of(extract(nlp, text)[1], "money")] == [3e8]


def test_a_total_row_of_one_figure_sums_the_one_unit_column(nlp):
    # a county's list of projects: 合计 and the sum alone, the other cells of the row left empty
    text = ("七、首批重点建设项目\n序号 项目名称 建设地点 总投资(万元) 建设年限\n"
            "1  茶叶精深加工产业园 农产品加工园  68000  2019—2021\n"
            "2  县冷链物流中心 经开区  15600  2019—2020\n合计    83600\n")
    money = {m["text"]: (m["value"], m["category"]) for m in of(extract(nlp, text)[1], "money")}
    assert money["83600"] == (8.36e8, "investment")


def test_a_total_row_of_one_figure_under_two_unit_columns_stays_unread(nlp):
    # which of the two columns the lone figure sums the row does not say
    text = ("序号 项目名称 总投资(万元) 年度投资(万元) 建设年限\n"
            "1  茶叶精深加工产业园  68000  12000  2019—2021\n"
            "2  县冷链物流中心  15600  5000  2019—2020\n合计    83600\n")
    assert "83600" not in {m["text"] for m in of(extract(nlp, text)[1], "money")}


def test_a_years_goal_and_result_columns_are_read_under_a_title_naming_the_year(nlp):
    # a district's spreadsheet export: each row's unit in its label, the columns the year's goal and what was done
    text = ("上海市金山区商务委员会\n2019年9月5日\nSheet3-2019年金山区招商引资目标分解表\n"
            "指标,全年目标,1-8月完成,完成率(%)\n新签约项目总投资(亿元),300,186.4,62.1\n"
            "其中:亿元以上项目(个),40,27,67.5\n税收(亿元),120,84.5,70.4\n")
    money = {m["text"]: (m["value"], m["category"], m["year"], m["target"]) for m in of(extract(nlp, text)[1], "money")}
    assert money["300"] == (3e10, "investment", 2019, True)
    assert money["186.4"] == (1.864e10, "investment", 2019, False)
    assert money["84.5"] == (8.45e9, "tax", 2019, False)
    assert not {"62.1", "27", "67.5"} & set(money)  # rates and counts


@pytest.mark.parametrize("text", [
    # a goal column alone: no result beside it, whose year the title would date
    "2019年金山区招商引资目标分解表\n指标,全年目标,责任单位\n税收(亿元),120,区税务局\n",
    # no year in the title: the goal is of no known year
    "金山区招商引资目标分解表\n指标,全年目标,1-8月完成,完成率(%)\n税收(亿元),120,84.5,70.4\n",
])
def test_goal_and_result_columns_need_both_and_a_titled_year(nlp, text):
    assert not {"120", "84.5"} & {m["text"] for m in of(extract(nlp, text)[1], "money")}

def test_a_comma_separated_row_naming_a_zone_heads_no_section(nlp):
    text = ("2019年上海金山区重大产业项目集中签约项目清单\n"
            "序号,项目名称,总投资(亿元),落户园区\n"
            "1,高性能复合材料项目,35,上海金山工业区\n"
            "2,汽车轻量化零部件项目,8,上海金山第二工业区\n"
            "3,冷链物流中心项目,9,枫泾物流园\n"
            "\n"
            "第一批签约项目回顾\n"
            "序号,项目名称,总投资(亿元),进展\n"
            "1,特种聚酯薄膜项目,28.6亿元,已开工\n"
            "2,汽车内饰件扩产项目,6.2亿元,已投产\n"
            "3,跨境电商项目,15亿元,规划设计中\n")
    _, records = extract(nlp, text)
    zone_of = {r["text"]: r["zone"] for r in records if r["type"] == "money"}
    assert zone_of["28.6亿元"] is None  # a row of a table on the district's projects, under no zone


def test_a_short_line_naming_a_zone_still_heads_its_section(nlp):
    text = ("2019年金山区重点项目情况\n"
            "上海金山工业区\n"
            "特种聚酯薄膜项目总投资28.6亿元,已开工。汽车内饰件扩产项目总投资6.2亿元,已投产。\n")
    _, records = extract(nlp, text)
    zone_of = {r["text"]: r["zone"] for r in records if r["type"] == "money"}
    assert zone_of["28.6亿元"] == "上海金山工业区"


def test_a_second_respectively_pairs_its_figures_with_the_zones_the_first_follows(nlp):
    text = "贵阳经开区、安顺经开区分别引进亿元以上项目18个和11个,省外到位资金分别为126亿元和58亿元。"
    _, records = extract(nlp, text)
    zone_of = {r["text"]: r["zone"] for r in records if r["type"] == "money"}
    assert zone_of["126亿元"] == "贵阳经开区" and zone_of["58亿元"] == "安顺经开区"


def test_one_figure_after_a_respectively_clause_belongs_to_neither_zone(nlp):
    text = "贵阳经开区、安顺经开区分别引进亿元以上项目18个和11个,省外到位资金共计184亿元。"
    _, records = extract(nlp, text)
    zone_of = {r["text"]: r["zone"] for r in records if r["type"] == "money"}
    assert zone_of["184亿元"] is None


def test_a_goal_whose_text_opens_with_a_province_is_the_provinces(nlp):
    text = ("西宁经济技术开发区南川工业园区重点发展锂电产业。\n"
            "据某券商测算,2022年青海省锂电产业产值有望达到380亿元。\n"
            "2022年园区锂电产业产值有望达到120亿元。\n")
    _, records = extract(nlp, text)
    goals = {r["text"]: r["zone"] for r in records if r["type"] == "target"}
    assert [z for t, z in goals.items() if "380" in t] == [None]
    assert [z for t, z in goals.items() if "120" in t] == ["西宁经济技术开发区南川工业园区"]


def test_numbered_table_rows_of_a_page_wide_text_are_not_joined():
    from extractors.attribution import display_columns, joined_at_width
    rows = ["7德国博森工业(湖州)有限公司 吴兴经开区 到位外资2800万美元140",
            "8湖州港荣精工有限公司 吴兴经开区 到位港币1.5亿元65"]
    text = "\n".join(rows)
    assert joined_at_width(text, rows, display_columns(rows[0])) == text  # each row its own
    wrapped = ["2020年全区实现规模以上工业产值486亿元,同比增长百分之十二,其中开发区完成工业产值1",
               "23亿元,占全区的四分之一。"]  # a figure broken at the page's width: joined again
    joined = joined_at_width("\n".join(wrapped), wrapped, display_columns(wrapped[0]))
    assert "\n" not in joined


def test_a_higher_governments_allotment_in_a_run_on_part_is_no_zones(nlp):
    text = ("新疆中泰集团拟投资约人民币80亿元在准东开发区建设煤基新材料项目;一家香港上市企业今年计划追加投资5000万美元;"
            "自治区财政今年将安排开发区基础设施建设专项资金20亿元,重点支持标准化厂房建设。")
    _, records = extract(nlp, text)
    zone_of = {r["text"]: r["zone"] for r in records if r["type"] == "money"}
    assert [z for t, z in zone_of.items() if "20亿元" in t] == [None]


def test_a_zones_own_run_on_part_keeps_the_zone_its_first_part_names(nlp):
    text = ("准东开发区今年新签约项目36个;园区基础设施建设投资20亿元,重点支持标准化厂房建设。")
    _, records = extract(nlp, text)
    zone_of = {r["text"]: r["zone"] for r in records if r["type"] == "money"}
    assert [z for t, z in zone_of.items() if "20亿元" in t] == ["准东开发区"]


def test_a_paragraph_opening_with_a_bare_park_word_is_the_park_the_paragraph_before_names(nlp):
    text = ("“一带一路”上的中国园区\n\n"
            "明斯克郊外的“巨石”\n\n"
            "在明斯克以东25公里处,中国—白俄罗斯工业园规划面积91.5平方公里。\n\n"
            "“园区一期起步区8.5平方公里的基础设施已经全部建成,累计投入约2.3亿美元。”\n\n"
            "园区给予入园企业“十年免税”的优惠。一家企业在园区租用标准厂房1.2万平方米,月租金每平方米约6欧元。\n\n"
            "尼罗河畔的“泰达模式”\n\n"
            "中埃·泰达苏伊士经贸合作区起步区1.34平方公里早已开发完毕。\n\n"
            "当地一名工程师的月收入约为8000埃及镑。\n")
    _, records = extract(nlp, text)
    zone_of = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    belarus = "中国—白俄罗斯工业园"
    assert [z for t, z in zone_of.items() if "2.3亿美元" in t] == [belarus]
    assert [z for t, z in zone_of.items() if "6欧元" in t] == [belarus]  # two paragraphs on
    assert [z for t, z in zone_of.items() if "8000埃及镑" in t] == [None]  # a paragraph opening otherwise

def test_a_years_work_plan_heading_makes_its_tasks_goals(nlp):
    # 三、2022年工作计划 (also 工作思路, 工作打算, 工作重点) heads the year's tasks, as 工作安排 does
    text = ("2021年工作总结和2022年工作计划\n\n一、2021年工作总结\n\n全年新建标准化厂房12万平方米。\n\n"
            "三、2022年工作计划\n\n(四)加强要素保障。计划完成土地征收3000亩,新增供应工业用地2500亩,"
            "新建标准化厂房20万平方米;新建改造园区道路18公里;新建日处理能力3万吨的污水处理厂1座。\n\n"
            "山西朔州经济开发区管理委员会\n2022年1月18日\n")
    found = {(t["value"], t["unit"]): t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert found[(1.666667, "km2")] == 2022  # 新增供应工业用地2500亩
    assert found[(18, "other")] == 2022  # 新建改造园区道路18公里
    assert found[(1, "count")] == 2022  # 污水处理厂1座
    assert (0.12, "km2") not in found  # the review's 新建标准化厂房12万平方米 stays a result


def test_a_work_plans_titles_proposals_grants_and_results_appendix_are_no_goals(nlp):
    text = ("2021年工作总结和2022年工作计划\n\n三、2022年工作计划\n\n"
            "(七)强化人才支撑。落实《朔州经开区人才引进十条》,对新引进的博士给予一次性安家补贴20万元、硕士5万元;"
            "人才公寓二期规划用地45亩。\n\n"
            "您提出将开发区整合为5个以内的建议,我们将结合目录修订统筹研究。\n\n"
            "附件:2021年主要指标完成情况表\n\n指标名称            计划值      完成值      完成率\n"
            "地区生产总值(亿元)    180        186.4       103.6%\n\n"
            "山西朔州经济开发区管理委员会\n2022年1月18日\n")
    found = targets_by_text(extract(nlp, text)[1])
    assert not any(w in t for t in found for w in ("十条", "5万元", "20万元", "5个以内", "103.6%"))


def test_results_under_a_years_work_plan_heading_stay_results(nlp):
    # 已完成, 累计 and 同比增长 under 三、2022年工作计划 report what is there, not the year's tasks
    text = ("2021年工作总结和2022年工作计划\n\n三、2022年工作计划\n\n(四)加强要素保障。目前已完成土地征收1200亩,"
            "累计建成标准化厂房35万平方米,工业总产值同比增长12%;新增供应工业用地2500亩。\n\n"
            "山西朔州经济开发区管理委员会\n2022年1月18日\n")
    found = {(t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")}
    assert found == {(1.666667, "km2")}


def test_a_years_planned_investment_takes_the_reports_year(nlp):
    # 年度计划投资 names the plan of the year the report is of, with no year of its own; what was done against it
    # (累计完成投资, 占年度计划投资的6.8%, 同比增长12%) stays a result
    text = ("昌吉州举行重大项目集中签约仪式\n2022-03-18 来源:昌吉日报\n\n其中,准东开发区安排重点项目42个,"
            "年度计划投资265亿元;1—2月累计完成投资18亿元,占年度计划投资的6.8%,同比增长12%。\n")
    found = {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert found == {(26500000000, 2022), (42, 2022)}  # the plan's projects too (years_projects_year)


def test_a_yearbooks_planned_investment_takes_the_year_it_records(nlp):
    text = ("安顺高新区年鉴(2019)\n\n2018年大事记\n\n【重点项目】全年实施重点项目56个,总投资326.8亿元,"
            "年度计划投资98亿元,实际完成投资104.6亿元,完成年度计划的106.7%。\n")
    found = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert found.get(9800000000) == 2018 and 10460000000 not in found and 106.7 not in found


@pytest.mark.parametrize("text, goals", [
    # every part a 其中 lists with 、 after a planned whole is part of the plan, not only the first
    ("近期(2022—2025年)重点开发北片生物医药产业园,计划完成基础设施投资约46亿元,其中道路及管网工程18.5亿元、"
     "标准厂房建设12亿元;", {4600000000, 1850000000, 1200000000}),
    # the parts of a result stay results
    ("2021年,园区累计完成基础设施投资46亿元,同比增长12%,其中道路及管网工程18.5亿元、标准厂房建设12亿元。", set()),
])
def test_parts_listed_with_a_pause_mark_after_a_planned_whole(nlp, text, goals):
    assert {t["value"] for t in of(extract(nlp, text)[1], "target")} == goals


@pytest.mark.parametrize("text, goals", [
    # any count unit ends the counted whole a 其中 part shares its goal with (套, not only 个 / 家 / 项)
    ("市住建局计划今年在两个国家级开发区新建人才公寓3000套,其中襄阳高新区1800套。\n2024年3月5日", {3000, 1800}),
    # the part of a result stays a result
    ("截至2023年底,两个国家级开发区累计建成人才公寓3000套,同比增长20%,其中襄阳高新区1800套。\n2024年3月5日", set()),
])
def test_a_part_of_a_counted_goal_in_any_count_unit(nlp, text, goals):
    assert {t["value"] for t in of(extract(nlp, text)[1], "target")} == goals


@pytest.mark.parametrize("text, goals", [
    # the projects of the year's plan, their year unnamed: the report's, as their 年度计划投资's
    ("昌吉州举行重大项目集中签约仪式\n2022-03-18 来源:昌吉日报\n\n其中,准东开发区安排重点项目42个,年度计划投资265亿元;",
     {(42, 2022), (26500000000, 2022)}),
    # how last year's plan came out: its projects and results (实际完成, 同比增长) are none; the plan's sum stays
    # a goal of its year, as the sets annotate a yearbook's 年度计划投资
    ("昌吉州举行重大项目集中签约仪式\n2022-03-18 来源:昌吉日报\n\n2021年准东开发区安排重点项目40个,年度计划投资250亿元,"
     "实际完成投资262亿元,同比增长8%。", {(25000000000, 2021)}),
])
def test_the_projects_of_a_years_plan_take_the_reports_year(nlp, text, goals):
    assert {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")} == goals


@pytest.mark.parametrize("text, zones", [
    ("兰州大学国家大学科技园(以下简称兰大科技园)2012年经科技部、教育部认定为国家大学科技园。兰大科技园位列全国第28位。",
     {"兰州大学国家大学科技园": ["兰大科技园"]}),  # a university (nt) names its science park; the ministries' rank is none
    ("清华大学科技园入驻企业500家。", {"清华大学科技园": []}),
    ("兰州大学科技园发展有限公司注册资本1亿元。", {}),  # the park's operating company
    ("兰州大学与高新区签订协议。", {}),
])
def test_a_university_names_its_science_park(nlp, text, zones):
    assert zones_of(extract(nlp, text)[1]) == zones


@pytest.mark.parametrize("text, names", [
    ("科技园与白银高新技术产业开发区共建兰大科技园白银分园,分园规划用地300亩。", ["白银高新技术产业开发区", "兰大科技园白银分园"]),
    ("中关村示范区各分园全年实现收入。", []),  # the bare word
    ("宁夏中关村科技产业园(银川经开区分园)入驻企业120余家。", ["宁夏中关村科技产业园", "银川经开区"]),  # no place between
])
def test_a_parks_branch_named_by_its_place_is_a_zone(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, zones", [
    ("天津港保税区(含天津空港经济区、天津临港经济区)全年实现收入。空港经济区和临港经济区分别完成41.27亿元和12.65亿元。",
     {"天津港保税区": [], "天津空港经济区": ["空港经济区"], "天津临港经济区": ["临港经济区"]}),  # a municipality and its place
    ("上海经济区规划面积很大。", {}),  # the municipality alone: its economic region
])
def test_a_municipality_and_its_place_name_an_economic_area(nlp, text, zones):
    assert zones_of(extract(nlp, text)[1]) == zones


def test_a_funds_sub_fund_for_a_zone_names_no_zone(nlp):
    records = extract(nlp, "设立总规模50亿元的海河产业基金保税区子基金,首期到位10亿元。")[1]
    assert of(records, "zone") == []


@pytest.mark.parametrize("text, names", [
    ("山西晋中经济技术开发区整合山西榆次工业园区和晋中新能源汽车产业园。整合后晋中开发区由核心区、榆次工业园区片区、"
     "新能源汽车产业园片区三个片区组成。", ["山西晋中经济技术开发区", "山西榆次工业园区", "晋中新能源汽车产业园"]),
    ("察哈尔工业园区下辖集宁工业区、白海子工业区两个片区。", ["察哈尔工业园区", "集宁工业区", "白海子工业区"]),
    ("山东自贸试验区下辖济南片区、青岛片区和烟台片区三个片区。",  # a place and 片区: no zone's name before it
     ["山东自贸试验区", "济南片区", "青岛片区", "烟台片区"]),
])
def test_a_zones_blocks_listed_as_its_parts_name_no_zone_of_their_own(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, names", [
    ("中新天津生态城位于滨海。生态城国家动漫园占地面积约0.83平方公里;天津生态城国家影视园规划用地1100亩。"
     "生态城产业园是生态城最早建成的产业载体。生态城管委会表示。生态城公园开放。",  # the host's office, a common noun
     ["中新天津生态城", "生态城国家动漫园", "天津生态城国家影视园", "生态城产业园"]),
    ("中新天津生态城投资开发有限公司成立。生态城产业园开发有限公司注册资本5亿元。", []),  # companies
])
def test_parks_written_after_an_eco_city_host_are_zones(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


@pytest.mark.parametrize("text, zone", [
    ("兰州大学国家大学科技园与白银高新区共建兰大科技园白银分园。分园重点发展稀土功能材料和精细化工产业。", "兰大科技园白银分园"),
    ("兰州大学国家大学科技园与白银高新区共建兰大科技园白银分园。园区重点发展稀土功能材料和精细化工产业。", None),
])
def test_a_bare_branch_word_points_back_to_the_branch_named_before(nlp, text, zone):
    assert {f["zone"] for f in of(extract(nlp, text)[1], "industry")} == {zone}


@pytest.mark.parametrize("text, zones", [
    ("晋中开发区由原晋中经济技术开发区、山西榆次工业园区等整合而成,规划面积128平方公里。晋中开发区新签约项目85个。",
     {"晋中开发区": [], "晋中经济技术开发区": [], "山西榆次工业园区": []}),  # merged: the new zone and the former ones
    ("潍坊经济开发区前身为潍坊市经济技术开发区。潍坊开发区实现收入。",  # renamed: one zone
     {"潍坊经济开发区": ["潍坊市经济技术开发区", "潍坊开发区"]}),
])
def test_a_zone_merged_from_others_is_no_short_form_of_one_of_them(nlp, text, zones):
    assert zones_of(extract(nlp, text)[1]) == zones


@pytest.mark.parametrize("text, zone", [
    ("兰州大学国家大学科技园2022年发展良好。科技园运营主体兰州大学科技园发展有限公司注册资本1亿元,资产总额4.2亿元。", None),
    # a company named after the zone it develops is its platform company: its capital is its own (GUIDE, round 46g)
    ("中新天津生态城位于天津。新方财团牵头成立的中新天津生态城投资开发有限公司注册资本40亿元人民币。", None),
])
def test_a_named_companys_own_accounts_belong_to_no_zone(nlp, text, zone):
    assert {f["zone"] for f in of(extract(nlp, text)[1], "money")} == {zone}


def targets_by_text(records):
    return {r["text"]: r.get("year") for r in of(records, "target")}


@pytest.mark.parametrize("text, expected", [
    ("2018年12月5日\n今年双方将共同出资设立规模20亿元人民币的智慧城市产业基金,首期资金5亿元计划于年内到位。",
     {"双方将共同出资设立规模20亿元": 2018, "首期资金5亿元": 2018}),
    ("2024年7月17日\n示范区16日宣布,将设立规模50亿元的数字经济产业基金,首期规模10亿元,计划年内完成设立。",
     {"设立规模50亿元": 2024, "首期规模10亿元": 2024}),
    ("2016年3月\n(二)由市财政局、管委会共同出资,拟设立规模5亿元的园区产业发展基金,首期出资1亿元,年内完成组建。",
     {"设立规模5亿元": 2016, "首期出资1亿元": 2016}),
    # the 年内 clause dates a raise of its own, not the fund
    ("2024年5月\n高新区将联合市级引导基金设立规模20亿元的信创产业母基金,年内完成首期募资5亿元。",
     {"联合市级引导基金设立规模20亿元": None}),
])
def test_a_fund_due_within_the_year_and_its_first_tranche_are_that_years_goals(nlp, text, expected):
    found = targets_by_text(extract(nlp, text)[1])
    assert {k: v for k, v in found.items() if k in expected} == expected


def test_a_first_tranche_once_paid_in_is_no_goal(nlp):
    text = "2024年5月\n该基金规模10亿元,首期出资2亿元已于3月到位。"
    assert of(extract(nlp, text)[1], "target") == []


@pytest.mark.parametrize("text, expected", [
    # a goal of 到2020年 in the sentence before does not date what the recommendation asks for
    ("2016年9月\n到2020年全区工业用地亩均产值力争达到600万元。同时建议设立规模10亿元的产业转型升级引导基金。",
     {"全区工业用地亩均产值力争达到600万元": 2020, "建议设立规模10亿元": None}),
    # nor does an inspection report's year, read as a plan's
    ("山西省开发区条例执法检查报告\n2020年9月\n三、意见和建议\n(四)拓宽融资渠道。建议省财政设立规模50亿元的省级开发区产业投资基金。",
     {"建议省财政设立规模50亿元": None}),
    # a fund the text itself is to set up keeps the year
    ("2018年12月5日\n今年双方将共同出资设立规模20亿元人民币的智慧城市产业基金。", {"双方将共同出资设立规模20亿元": 2018}),
])
def test_a_fund_a_recommendation_asks_for_takes_no_year_from_around_it(nlp, text, expected):
    found = targets_by_text(extract(nlp, text)[1])
    assert {k: v for k, v in found.items() if k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("2019年6月10日\n五、保障措施\n(一)设立规模5亿元的示范区产业发展基金,撬动社会资本投入20亿元以上。",
     {"设立规模5亿元": None, "撬动社会资本投入20亿元以上": None}),
    ("2016年9月\n到2020年亩均产值力争达到600万元。同时建议设立规模10亿元的产业转型升级引导基金,撬动社会资本50亿元以上。",
     {"建议设立规模10亿元": None, "撬动社会资本50亿元以上": None}),
])
def test_what_a_fund_to_be_set_up_is_to_leverage_is_a_goal_as_the_fund_is(nlp, text, expected):
    found = targets_by_text(extract(nlp, text)[1])
    assert {k: v for k, v in found.items() if k in expected} == expected


def test_what_a_fund_there_is_has_leveraged_is_no_goal(nlp):
    text = "该区已设立规模10亿元的引导基金,撬动社会资本投入30亿元。"
    assert of(extract(nlp, text)[1], "target") == []


@pytest.mark.parametrize("text, expected", [
    ("2018年11月\n本地上市公司胜科工业去年宣布拟投资1.2亿新元在生态城兴建水处理厂。", {"投资1.2亿新元": None}),
    ("2018年11月\n香港一家上市物流企业今年6月宣布,将斥资12亿港元在天津东疆保税港区兴建冷链仓库,占地约150亩。",
     {"斥资12亿港元": None}),
    # a goal year carried from the sentence before does not date it; a completion that is no deadline neither
    ("2019年11月\n到2022年,产业园工业产值力争突破一千亿元人民币。另有一家港资上市公司日前公告,拟斥资约12亿港元于两江新区兴建"
     "区域总部,预计2021年落成。", {"工业产值力争突破一千亿元": 2022, "斥资约12亿港元": None}),
    # a deadline after the figure dates it, an ROC year glossed in brackets too
    ("考察期间,一家台资电子企业宣布,将投资3亿5千万港元,在东莞松山湖高新区扩建研发中心,预计民国111年(2022年)底前完工。",
     {"投资3亿5千万港元": 2022}),
])
def test_a_firms_announced_investment_is_a_goal_of_no_year_but_its_deadline(nlp, text, expected):
    found = targets_by_text(extract(nlp, text)[1])
    assert {k: v for k, v in found.items() if k in expected} == expected


def test_an_announced_investment_already_made_is_no_goal(nlp):
    assert of(extract(nlp, "2019年11月\n该公司去年宣布已投资5亿元建设新厂。")[1], "target") == []


@pytest.mark.parametrize("text, expected", [
    ("(二)优化支出结构。一般性支出比上年压减10%以上,“三公”经费预算控制在320万元以内。", ["一般性支出比上年压减10%以上"]),
    ("严控一般性支出,非刚性、非重点支出一律压减15%以上。", ["非重点支出一律压减15%以上"]),
    ("市级“三公”经费压减9.8%,下降至八千六百万元。", []),  # a cut made, no floor
])
def test_a_floor_of_a_spending_cut_is_a_goal(nlp, text, expected):
    assert [r["text"] for r in of(extract(nlp, text)[1], "target")] == expected


@pytest.mark.parametrize("line, zone", [
    # a county or county-level city opening its clause measures itself, not the document's park
    ("常熟市2022年实现地区生产总值2773.8亿元,在全国百强县中位列第4位。", None),
    ("近三年,蓬溪县累计投入农业科技资金3.2亿元。", None),
    # a county acting for its park, and a firm in the county: the park's document keeps its zone
    ("怀来县每年为园区安排专项资金2亿元。", "常熟高新技术产业开发区"),
    ("蓬溪县海升果汁公司出口创汇3200万美元。", "常熟高新技术产业开发区"),
    # a district shares its name with zones (浦东新区): no county
    ("嘉定区今年完成固定资产投资3.2亿元。", "常熟高新技术产业开发区"),
])
def test_a_clause_opening_with_a_county_is_the_countys(nlp, line, zone):
    text = ("常熟高新技术产业开发区2022年工作总结\n\n常熟高新技术产业开发区今年新签约项目36个。\n"
            "常熟高新技术产业开发区完成工业总产值800亿元。\n" + line + "\n")
    _, records = extract(nlp, text)
    zones = [r["zone"] for r in records if r["type"] == "money" and r["start"] > text.index(line)]
    assert zones == [zone]


def test_a_demonstrative_of_any_zone_kind_points_back_to_the_zone_just_named(nlp):
    text = ("拉萨市长调研园区建设\n\n拉萨经济技术开发区、拉萨综合保税区今年新签约项目36个。\n"
            "随后来到西藏高原天然饮用水产业基地。该基地总投资12.6亿元,占地320亩。\n")
    _, records = extract(nlp, text)
    assert [r["zone"] for r in records if r["type"] == "money" and "12.6" in r["text"]] == ["西藏高原天然饮用水产业基地"]


def test_a_demonstrative_before_any_zone_of_its_paragraph_points_to_none_of_the_later_ones(nlp):
    text = ("拉萨经济技术开发区2022年工作总结\n\n拉萨经济技术开发区今年新签约项目36个。\n"
            "拉萨经济技术开发区完成工业总产值80亿元。\n\n该基地总投资12.6亿元,占地320亩。随后来到西藏高原天然饮用水产业基地。\n")
    _, records = extract(nlp, text)
    assert [r["zone"] for r in records if r["type"] == "money" and "12.6" in r["text"]] == ["拉萨经济技术开发区"]


@pytest.mark.parametrize("line, zone", [
    # the place opening the sentence is the subject of its later clauses too
    ("常熟市2022年实现地区生产总值2773.8亿元,规模以上工业总产值突破5000亿元。", None),
    ("湄潭县位于遵义市东部,国土面积1864平方公里,总人口50.2万人。", None),
    # a bare zone word in the sentence brings the park in: the document's zone stays
    ("江苏省对园区基础设施建设给予支持,2020年争取发行专项债券6亿元。", "常熟高新技术产业开发区"),
    ("常熟市有关负责人透露,对口帮扶资金共安排2亿元,主要用于园区道路建设。", "常熟高新技术产业开发区"),
])
def test_a_sentence_opening_with_a_place_measures_the_place_in_its_later_clauses(nlp, line, zone):
    text = ("常熟高新技术产业开发区2022年工作总结\n\n常熟高新技术产业开发区今年新签约项目36个。\n"
            "常熟高新技术产业开发区完成工业总产值800亿元。\n" + line + "\n")
    _, records = extract(nlp, text)
    in_line = [r for r in records if r["type"] in ("money", "area") and r["start"] > text.index(line)]
    assert in_line[-1]["zone"] == zone  # the line's last figure, in a clause after the place's

def test_a_science_city_listed_as_a_zones_park_is_a_zone(nlp):
    text = ("滨海高新区规划面积约97.96平方公里,下辖华苑科技园、海洋科技园、渤龙湖科技园、未来科技城和南开科技园五个园区。\n")
    assert {"未来科技城", "南开科技园"} <= set(zones_of(extract(nlp, text)[1]))
    # decoys: a science city by its place alone; a free trade zone's parts joined by 和 before their count
    assert zones_of(extract(nlp, "怀柔科学城当年完成投资68亿元。\n")[1]) == {}
    text = "重庆自贸区实施范围119.98平方公里,涵盖两江片区、西永片区和果园港片区三个片区。\n"
    assert "果园港片区" not in zones_of(extract(nlp, text)[1])


def test_a_clause_a_science_city_opens_is_no_zones(nlp):
    text = "南部科学工业园区规划面积1000公顷。沙仑绿能科学城第一期用地约22公顷,未来将与南科的业者形成供应链。\n"
    areas = {a["text"]: a["zone"] for a in of(extract(nlp, text)[1], "area")}
    assert areas == {"1000公顷": "南部科学工业园区", "约22公顷": None}
    # decoy: a clause the zone opens keeps it, a 科学城 named later in it or not
    text = "南部科学工业园区规划面积1000公顷。南部科学工业园区新增用地22公顷,将服务沙仑绿能科学城。\n"
    assert {a["zone"] for a in of(extract(nlp, text)[1], "area")} == {"南部科学工业园区"}


def test_a_free_trade_zones_new_area_shortened_by_its_place(nlp):
    text = ("公司拟在中国(上海)自由贸易试验区临港新片区投资建设智能装备产业园。\n"
            "回复:项目位于临港新片区高端装备产业片区,规划用地约310亩。\n")
    _, records = extract(nlp, text)
    assert [a["zone"] for a in of(records, "area")] == ["中国(上海)自由贸易试验区临港新片区"]
    # decoy: a 新片区 with no place before it is no short form
    text = ("公司拟在中国(上海)自由贸易试验区临港新片区投资建设智能装备产业园。\n"
            "东部新片区规划用地约310亩。\n")
    assert "东部新片区" not in zones_of(extract(nlp, text)[1])


def test_a_park_before_suo_zai_de_is_not_the_subject(nlp):
    text = "松江经济技术开发区规划面积20平方公里。华曜智能装备产业园所在的松江经济技术开发区以装备制造为主导产业。\n"
    industries = {i["name"]: i["zone"] for i in of(extract(nlp, text)[1], "industry")}
    assert industries == {"装备制造": "松江经济技术开发区"}
    # decoy: the park opening its own clause is its subject
    text = "松江经济技术开发区规划面积20平方公里。华曜智能装备产业园以装备制造为主导产业。\n"
    industries = {i["name"]: i["zone"] for i in of(extract(nlp, text)[1], "industry")}
    assert industries == {"装备制造": "华曜智能装备产业园"}


def test_what_a_firms_project_reaches_once_built_is_its_zones(nlp):
    head = "公告编号:临2022-058\n关于公司投资建设项目的公告\n公司拟在松江经济技术开发区投资建设智能装备项目。\n"
    text = head + "公司力争一期于2024年6月前建成投产,投产后当年实现营业收入12亿元。\n"
    [money] = of(extract(nlp, text)[1], "money")
    assert money["zone"] == "松江经济技术开发区"
    # decoy: the firm's own accounts, and its whole capacity after the project is built
    text = head + "公司2021年营业收入42.6亿元。本项目达产后,公司营业收入将由目前的每年18亿元提升至68亿元。\n"
    assert {m["zone"] for m in of(extract(nlp, text)[1], "money")} == {None}


def test_an_industrys_scale_in_yuan_is_output(nlp):
    for text in ("到2027年,电子信息产业规模力争达到5000亿元。\n", "生物医药产业产值规模突破300亿元。\n"):
        assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["output"], text
    # decoy: a fund's size stays financing
    text = "设立总规模50亿元的产业引导基金。\n"
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["financing"]


@pytest.mark.parametrize("text, names", [
    ("园区重点发展集成电路和光电显示产业。", {"集成电路", "光电显示"}),
    ("开发区以智能电网及新能源汽车为主导产业。", {"智能电网", "新能源汽车"}),
    # decoys: the second is the first's parts or processing; a counted pair; a cue too common to split on
    ("园区以汽车及零部件为主导产业。", {"汽车及零部件"}),
    ("园区重点发展铝及铝加工产业。", {"铝及铝加工"}),
    ("园区形成机器人与智能装备一大产业集群。", {"机器人与智能装备"}),
    ("前者以汽车及装备制造为主。", {"汽车及装备制造"}),
])
def test_a_whole_list_of_two_joined_industries_names_two(nlp, text, names):
    assert {r["name"] for r in of(extract(nlp, "标题\n" + text + "\n")[1], "industry")} == names


def test_a_per_share_amount_is_a_unit_price(nlp):
    for text in ("归属于上市公司股东的每股净资产10.22元。\n", "增持价格不高于每股25元。\n"):
        assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == ["other"], text
    # decoy: the placing's proceeds keep their own cue
    text = "本公司按每股4.86港元配售1亿股新股份,所得款项净额约港币4.78亿元。\n"
    assert {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}["港币4.78亿元"] == "financing"


@pytest.mark.parametrize("text, names", [
    # a sector named with 经济 after a weak list-only cue is planned even alone (GUIDE: 加快发展数字经济)
    ("襄阳高新区应坚持“汽车+”战略,重点发展新能源汽车和高端装备制造,加快发展数字经济。",
     {"新能源汽车", "高端装备制造", "数字经济"}),
    ("同时,加快发展数字经济,到2025年数字经济增加值占地区生产总值比重达到30%。", {"数字经济"}),
    # a trade alone after such a cue is still a task heading's, and a mode of the economy no industry
    ("10.积极发展现代服务业。", set()),
    ("加快发展循环经济,推进资源综合利用。", set()),
])
def test_a_sector_named_with_jingji_alone_after_a_list_only_cue(nlp, text, names):
    assert set(industries_of(extract(nlp, text)[1])) == names


@pytest.mark.parametrize("text, names", [
    # what is steered toward the leading industries (向 before the cue) is no list of them
    ("开发区必须坚持“一区一主业”,把有限的土地、资金、政策向主导产业集中。", set()),
    ("推动人才、资本等要素向优势产业集聚。", set()),
    # the list a cue closes with no preposition before it stays the zone's
    ("园区已形成电子信息、新材料两大主导产业。", {"电子信息", "新材料"}),
])
def test_a_list_steered_toward_a_cue_names_no_industries(nlp, text, names):
    assert set(industries_of(extract(nlp, text)[1])) == names


@pytest.mark.parametrize("text, names", [
    # 海洋 (a place to jieba) opens a marine trade's name in a list after a strong cue
    ("金牌港开发区规划面积28.6平方公里,主导产业为装配式建筑、海洋装备制造和港口物流。",
     {"装配式建筑", "海洋装备制造", "港口物流"}),
    # 信息技术应用创新 (信创): two verbs to jieba, a known industry
    ("山西综改区要重点发展信息技术应用创新、新材料和高端装备制造,力争营业收入达到6000亿元。",
     {"信息技术应用创新", "新材料", "高端装备制造"}),
    # 茶: one character, an industry only because the lexicon knows it
    ("湄潭是“中国名茶之乡”,茶产业集群2018年实现综合产值125亿元。", {"茶"}),
    # decoy: a sea named as a place, no industry
    ("园区毗邻海洋,重点发展项目建设。", set()),
])
def test_marine_trades_xinchuang_and_tea_as_industries(nlp, text, names):
    assert set(industries_of(extract(nlp, text)[1])) == names


@pytest.mark.parametrize("text, names", [
    # a name written before the joined name it is the first part of is an industry of its own
    ("长葛市产业集聚区主导产业为再生金属、超硬材料。\n长葛市产业集聚区围绕再生金属及制品、超硬材料及制品两大主导产业,"
     "全年引进亿元以上项目23个。",
     {"再生金属", "超硬材料", "再生金属及制品", "超硬材料及制品"}),
    # written after it, in the same role, it is the joined name's short form
    ("长葛市产业集聚区主导产业为再生金属及制品、超硬材料及制品。\n长葛市产业集聚区主导产业为再生金属、超硬材料。",
     {"再生金属及制品", "超硬材料及制品"}),
])
def test_a_short_form_only_after_its_joined_name(nlp, text, names):
    assert set(industries_of(extract(nlp, text)[1])) == names


@pytest.mark.parametrize("text, names", [
    # 都 / 均 between a strong cue and its 是 / 为: two zones' industries alike
    ("两区直线距离不到40公里,主导产业都是智能装备和电子信息,去年调研时企业负责人跟我们讲了。", {"智能装备", "电子信息"}),
    ("三个园区主导产业均为新材料、生物医药。", {"新材料", "生物医药"}),
    # decoy: 都 after no cue
    ("两区企业都是智能装备和电子信息企业的配套商。", set()),
])
def test_du_and_jun_between_a_strong_cue_and_its_copula(nlp, text, names):
    assert set(industries_of(extract(nlp, text)[1])) == names


@pytest.mark.parametrize("text, names", [
    # 瞄准 opens a list of the industries a park's phase targets
    ("答:二期主要瞄准新能源和数字经济。", {"新能源", "数字经济"}),
    # decoys: regions aimed at, and a single aim
    ("市里将组织五次以上专题招商活动,重点瞄准长三角、珠三角和京津冀。", set()),
    ("园区瞄准新能源,引进项目5个。", set()),
])
def test_miaozhun_opens_a_list_of_target_industries(nlp, text, names):
    assert set(industries_of(extract(nlp, text)[1])) == names


@pytest.mark.parametrize("text, names", [
    # a weak list-only cue's one known item after the zone's leading industries, in the same sentence
    ("规划主导产业为医药健康、低碳制造和食品加工,配套发展现代物流。", {"医药健康", "低碳制造", "食品加工", "现代物流"}),
    # alone it stays a task heading's
    ("10.配套发展现代物流。", set()),
    ("园区积极发展现代物流,完善仓储设施。", set()),
])
def test_a_weak_cues_one_item_after_leading_industries(nlp, text, names):
    assert set(industries_of(extract(nlp, text)[1])) == names

@pytest.mark.parametrize("text, goals", [
    # a deadline opening the paragraph ends a span in the sentence after it (2018 + 3 − 1 = 2020)
    ("泉州市人民政府\n2018年7月16日\n\n到2020年,全市工业园区规模以上工业产值力争突破1.3万亿元;园区亩均税收达到25万元。"
     "三年内盘活闲置和低效工业用地2万亩以上。", {(1300000000000, 2020), (250000, 2020), (13.333333, 2020)}),
    # one inside the paragraph, in a ';' clause after its opening, is another horizon: the span counts from the
    # report's date (2023 + 3)
    ("东明县人民政府办公室\n2023年3月28日\n\n(二)实施能源结构调整工程。新能源园今年计划引进储能项目10个以上;"
     "到2025年,新能源园建成光伏组件产能5吉瓦。东明经开区三年内完成燃煤锅炉清洁能源替代,累计削减燃煤消费量28万吨。",
     {(10, 2023), (5, 2025), (280000, 2026)}),
    # nor does a deadline after the sentence's opening reach a span in the sentence after (2016 + 2)
    ("发布日期:2016-04-06\n\n按照《考核办法》,到2017年底前,各园区亩均税收均应达到20万元以上。"
     "生物医药基地已制定整改方案,计划两年内盘活低效用地1500亩。", {(200000, 2017), (1, 2018)}),
])
def test_a_span_ends_at_a_deadline_only_where_it_opens_the_sentence(nlp, text, goals):
    found = {(round(t["value"], 6), t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert goals <= found and all(y == dict(goals).get(v, y) for v, y in found)


@pytest.mark.parametrize("text, goals", [
    # a sentence ending on when a thing is done this year or next dates the projection opening the sentence after
    ("2024年3月\n我们在三班镇规划了一个陶瓷物流园,规划用地四百亩,计划总投资八亿元,争取明年投用。"
     "物流园建成后,全县陶瓷的物流成本预计可以下降百分之十五。", {(8e8, None), (15, 2025)}),
    # so does one on what is under way, no goal itself, when the thing is still to come
    ("2023-05-06\n在宜宾综合保税区,一座跨境电商监管中心正在加紧建设,总投资8.7亿元,计划今年9月投用。"
     "据介绍,投用后综保区跨境电商年交易额有望达到50亿元。", {(5e9, 2023)}),
    # not a projection of another thing the sentence names with figures before its event
    ("2013年5月17日\n高新区将投资30亿元建设科创中心,计划2015年全部建成;同时加快建设总投资22亿元的生物医药科技产业园,"
     "规划占地2000亩,建成后可实现年产值100亿元。", {(1e10, None)}),
])
def test_a_projection_counts_from_the_due_date_the_sentence_before_ends_on(nlp, text, goals):
    found = {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert {(v, y) for v, y in found if v in dict(goals)} == goals


@pytest.mark.parametrize("title, year", [
    # a plan's span in its title under a web page's site name, breadcrumbs and date line ends its 五年内 (the plan's
    # own five years), not the report's year + 5
    ("临空物流园发展规划(2021—2025年)", 2025),
    # no span in the title: counted from the report's date
    ("临空物流园发展规划", 2026),
])
def test_a_plans_span_in_a_title_under_a_web_pages_menu_ends_its_span(nlp, title, year):
    text = ("廊坊市人民政府  首页 | 政务公开 | 政务服务\n您的位置:首页 > 政务公开 > 规划计划\n"
            "发布日期:2021-09-26  来源:市发展和改革委员会\n\n" + title + "\n\n第五章 保障措施\n"
            "  积极争取地方政府专项债券,力争五年内争取专项债券资金四十亿元。\n")
    found = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert found.get(4e9) == year

@pytest.mark.parametrize("text", [
    "2022年12月\n五、存在问题与2023年工作计划\n存在的主要问题:一是孵化空间不足,核心区出租率达到98%;二是服务能力有待提升。",
    "2012年1月\n同时,我们也清醒地看到,园区发展还存在不少困难和问题:园区企业规模偏小,产值达到1亿元的企业不多。",
])
def test_a_problem_a_sentence_lists_is_no_goal(nlp, text):
    assert of(extract(nlp, text)[1], "target") == []


def test_goals_after_a_problem_list_under_a_plan_heading_stay_goals(nlp):
    text = ("2022年12月\n五、存在问题与2023年工作计划\n存在的主要问题:一是孵化空间不足,核心区出租率达到98%。\n"
            "2023年工作目标:新增在孵企业60家,在孵企业总数达到260家。")
    assert sorted(r["text"] for r in of(extract(nlp, text)[1], "target")) == ["在孵企业60家", "在孵企业总数达到260家"]


@pytest.mark.parametrize("text", [
    "2021年1月\n三、2021年财政工作重点\n二是保障重点项目建设。支持临港经济区氢能产业园建设,该园规划面积3.2平方公里,首期开发面积1.1平方公里;",
    "2013年1月\n二、2013年工作目标\n利辛经济开发区:规划面积15平方公里,建成区面积6.5平方公里,重点发展纺织服装。",
])
def test_an_area_named_bare_after_a_zones_planned_area_describes_the_zone(nlp, text):
    assert of(extract(nlp, text)[1], "target") == []


def test_an_area_a_verb_adds_after_a_zones_planned_area_stays_a_goal(nlp):
    text = "2013年1月\n二、2013年工作目标\n利辛经济开发区:规划面积15平方公里,今年新增开发面积1平方公里。"
    assert [r["text"] for r in of(extract(nlp, text)[1], "target")] == ["开发面积1平方公里"]


def test_a_related_links_headline_is_no_goal(nlp):
    text = ("2024年2月\n遂宁经开区2023年统计公报发布。\n\n相关链接:\n· 遂宁高新区2023年规上工业总产值突破600亿元\n"
            "· 遂宁经开区集中签约5个锂电项目 总投资68亿元\n")
    assert of(extract(nlp, text)[1], "target") == []


def test_a_related_links_headline_with_a_goal_word_stays_a_goal(nlp):
    text = "2025年3月\n经开区召开大会。\n\n相关阅读\n· 到2025年底,新一代信息技术产业规模力争突破2500亿元\n"
    assert [r["text"] for r in of(extract(nlp, text)[1], "target")] == ["新一代信息技术产业规模力争突破2500亿元"]


def test_a_bulleted_goal_under_no_related_links_heading_stays_a_goal(nlp):
    text = "2024年1月\n2024年主要目标:\n· 规上工业总产值突破600亿元\n"
    assert [r["value"] for r in of(extract(nlp, text)[1], "target")] == [6e10]


@pytest.mark.parametrize("text", [
    "2018年5月\n到2020年,东疆租赁资产力争突破1万亿元。不过,业界人士认为,东疆在人才方面仍具优势,东疆港区从事租赁业务的专业人才约4000人,"
    "平均年薪约人民币35万元。",
    "2016年8月\n不过,有分析指出,两个园区合计仍有约200亿元负债需要消化,意味着每年需化解近29亿元。",
])
def test_what_a_features_sources_think_is_no_goal(nlp, text):
    found = [r["text"] for r in of(extract(nlp, text)[1], "target")]
    assert not [t for t in found if "4000人" in t or "35万元" in t or "29亿元" in t]


def test_a_goal_sources_quote_stays_a_goal(nlp):
    text = "2016年8月\n有分析指出,方案中“三年内压降86亿元”的目标意味着每年需化解近29亿元。"
    found = [r["text"] for r in of(extract(nlp, text)[1], "target")]
    assert [t for t in found if "86亿元" in t] and not [t for t in found if "29亿元" in t]

@pytest.mark.parametrize("text, names", [
    # a park named by its industry, placed in the text's zone by a bare zone word opening its clause (round 43b)
    ("重庆两路寸滩保税港区去年进出口额增长21%。他透露,区内的跨境电商产业园今年新引进企业48家。",
     ["重庆两路寸滩保税港区", "跨境电商产业园"]),
    ("贵州息烽经济开发区重点发展磷化工产业。开发区内的生物医药产业园今天开工的项目总投资8.5亿元。",
     ["贵州息烽经济开发区", "生物医药产业园"]),
    ("重庆两路寸滩保税港区去年进出口额增长21%。区内的产业园今年新引进企业48家。", ["重庆两路寸滩保税港区"]),  # no trade
    ("重庆两路寸滩保税港区去年进出口额增长21%。区内各产业园今年新引进企业48家。", ["重庆两路寸滩保税港区"]),  # counted
    ("各地要支持开发区内的农产品加工产业园发展。", []),  # opens no clause: a kind in a policy
])
def test_a_park_named_by_its_industry_placed_by_a_bare_zone_word(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_a_park_placed_by_a_bare_zone_word_takes_the_name_the_text_writes_after_its_host(nlp):
    # 区内光电产业园…; 高新区光电产业园一家LED企业…: the park is named with its host's bare word (blind22 w2)
    text = ("潍坊高新区一季度完成固定资产投资63.5亿元。区内光电产业园已集聚光电企业120多家。"
            "工人在高新区光电产业园一家LED企业车间内装配产品。")
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == ["潍坊高新区", "高新区光电产业园"]


@pytest.mark.parametrize("text, names", [
    # a logistics park named by its trade opening its clause (round 43b, blind47 ot4)
    ("天津东疆保税港区今年新增供地约60公顷。区内冷链物流园已建成冷库容量22万吨。", ["天津东疆保税港区", "冷链物流园"]),
    ("天津东疆保税港区今年新增供地约60公顷。冷链物流园二期用地约15公顷。", ["天津东疆保税港区", "冷链物流园"]),
    ("天津东疆保税港区今年新增供地约60公顷。区内现代物流园已建成冷库容量22万吨。", ["天津东疆保税港区"]),  # a generic qualifier
    # after a building verb it stays no zone: the builder's money before it is the host's
    ("今年宜城经开区计划投资15亿元建设冷链物流园,规划用地800亩。", ["宜城经开区"]),
])
def test_a_logistics_park_named_by_its_trade_is_a_zone_where_it_opens_its_clause(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_a_park_named_by_its_industry_placed_by_a_zone_suffix_alone(nlp):
    # 经济区内的…: a zone's suffix alone places the park in the zone the text is about (round 43b, blind30 oc3)
    text = "大连花园口经济区成立于2005年。经济区内的新材料产业园是少数仍在运转的板块。"
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == ["大连花园口经济区", "新材料产业园"]
    decoy = "大连花园口经济区成立于2005年。经济区内的产业园多数处于闲置状态。"  # no trade: no park of its own
    assert [z["name"] for z in of(extract(nlp, decoy)[1], "zone")] == ["大连花园口经济区"]


@pytest.mark.parametrize("text, goals", [
    # a sentence opened by a label naming tasks and a colon lists goals, item after item (round 44b, blind32 oe3)
    ("顺德区村级工业园改造提升三年行动实施方案(2020—2022年)\n四、首批重点改造园区\n"
     "其他各镇(街道)任务:大良街道完成改造提升面积2800亩,伦教街道完成2500亩,陈村镇完成3200亩。",
     [("大良街道完成改造提升面积2800亩", 2022), ("伦教街道完成2500亩", 2022), ("陈村镇完成3200亩", 2022)]),
    ("2024年工作要点\n四、园区建设\n具体任务:新建标准化厂房30万平方米,新增供地1200亩。",
     [("新建标准化厂房30万平方米", 2024), ("供地1200亩", 2024)]),
    ("2024年工作要点\n四、园区建设\n新建标准化厂房30万平方米,新增供地1200亩。", []),  # no label: no cue
    # decoys: a label naming what was done, and tasks a review reports
    ("2024年工作总结\n四、园区建设\n已完成任务:新建标准化厂房30万平方米,新增供地1200亩。", []),
    ("2024年工作总结\n四、园区建设\n全年完成任务情况:新建标准化厂房30万平方米,新增供地1200亩。", []),
    ("2024年工作总结\n四、园区建设\n主要任务:新建标准化厂房30万平方米,新增供地1200亩。", []),
    ("顺德区村级工业园改造情况\n四、重点园区\n大良街道完成改造提升面积2800亩,伦教街道完成2500亩。", []),
])
def test_a_label_naming_tasks_opens_a_list_of_goals(nlp, text, goals):
    assert [(r["text"], r["year"]) for r in of(extract(nlp, text)[1], "target")] == goals


@pytest.mark.parametrize("text, goals", [
    # 任务为 states what the tasks are: every figure of the list after it is a goal (round 44b, blind41 on4)
    ("2024年3月12日 招商小分队工作日志\n带队领导强调,晋中开发区今年招商任务为引进亿元以上项目30个、签约总额三百亿元以上,"
     "第三小分队分解任务为签约项目8个、签约额不低于八十亿元,到位资金15亿元。",
     [("签约总额三百亿元以上", 2024), ("签约额不低于八十亿元", 2024), ("到位资金15亿元", 2024),
      ("招商任务为引进亿元以上项目30个", 2024), ("第三小分队分解任务为签约项目8个", 2024)]),
    # decoys: tasks said done, and a meeting's task with the year's results after it
    ("2024年3月12日 招商小分队工作日志\n晋中开发区去年完成任务为引进亿元以上项目30个、签约总额三百亿元。", []),
    ("市委召开全市园区工作会议,主要任务是总结去年园区工作,部署今年任务。全市园区去年完成投资300亿元。", []),
])
def test_a_statement_of_what_the_tasks_are_lists_goals(nlp, text, goals):
    assert [(r["text"], r["year"]) for r in of(extract(nlp, text)[1], "target")] == goals

@pytest.mark.parametrize("text, names, money_zone", [
    # a park named by its industry that a project's title opens a line with is a zone taking no figures of its own: the
    # site's (round 44a; blind12 n2, blind35 oh5, blind47 ot5)
    ("于都县重点招商项目如下。\n（1）服装智能制造产业园项目：拟选址上欧纺织服装产业园，占地面积300亩，总投资15亿元。\n",
     ["服装智能制造产业园", "上欧纺织服装产业园"], "上欧纺织服装产业园"),
    ("于都县重点招商项目如下。\n（2）冷链物流园项目：拟选址于都县现代物流园，总投资5亿元。\n",
     ["冷链物流园", "于都县现代物流园"], "于都县现代物流园"),
    # 智能装备|制造: an industry and the trade making it (jieba: 制造 a verb)
    ("昌吉高新区2023年签约项目表\n序号　　项目名称　　　　　　投资方　　　　　　投资额（亿元）　　建设地点\n"
     "5　　智能装备制造产业园项目　　　特变电工股份有限公司　　　18　　　昌吉高新区\n",
     ["昌吉高新区", "智能装备制造产业园"], "昌吉高新区"),
    ("金山区重点项目表\n序号,项目名称,建设单位,总投资(亿元),进展,用地(亩)\n"
     "3,跨境电商产业园项目,上海金山跨境电商开发公司,15,规划设计中,3000\n", ["跨境电商产业园"], None),
    # inside a sentence the rule does not read it
    ("昌吉高新区规划面积108平方公里。高新区规划建设的智能装备制造产业园项目计划总投资18亿元。\n", ["昌吉高新区"], "昌吉高新区"),
])
def test_a_park_a_projects_title_opens_a_line_with_is_a_zone_taking_no_figures(nlp, text, names, money_zone):
    records = extract(nlp, text)[1]
    assert [z["name"] for z in of(records, "zone")] == names
    assert {r["zone"] for r in of(records, "money")} == {money_zone}


@pytest.mark.parametrize("text, names", [
    # withheld: an audit's 某新材料产业园项目 and its table row name no particular park (blind26 a3)
    ("１．未批先建。营口高新区某新材料产业园项目占地３２０亩。\n４　新材料产业园项目　营口高新区　１５．０　２．３５　未批先建\n",
     ["营口高新区"]),
    # no trade: a generic qualifier, or none
    ("昌吉高新区重点项目\n3.现代物流园项目\n4.产业园项目\n", ["昌吉高新区"]),
])
def test_a_projects_title_naming_no_particular_park_is_no_zone(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names


def test_a_park_written_straight_after_its_host_and_pointed_back_to_is_a_zone(nlp):
    # 临港经济区氢能产业园建设,该园规划面积…: 该园 points back to the park, named with its host (round 44a, blind50 ow3)
    text = ("天津临港经济区规划面积200平方公里。二是保障重点项目建设。安排专项资金３亿元支持临港经济区氢能产业园建设，"
            "该园规划面积３．２平方公里，首期开发面积１．１平方公里。")
    records = extract(nlp, text)[1]
    assert [z["name"] for z in of(records, "zone")] == ["天津临港经济区", "临港经济区氢能产业园"]
    assert [a["zone"] for a in of(records, "area")] == ["天津临港经济区"] + ["临港经济区氢能产业园"] * 2


@pytest.mark.parametrize("text", [
    # no pointer back: the sentence stays the host's
    "天津临港经济区规划面积200平方公里。安排专项资金３亿元支持临港经济区氢能产业园建设，规划面积３．２平方公里。",
    # no park: an industry after the host
    "天津临港经济区规划面积200平方公里。安排专项资金３亿元支持临港经济区氢能产业发展，该区规划面积３．２平方公里。",
])
def test_a_park_after_its_host_that_nothing_points_back_to_leaves_the_host(nlp, text):
    records = extract(nlp, text)[1]
    assert [z["name"] for z in of(records, "zone")] == ["天津临港经济区"]
    assert {r["zone"] for r in of(records, "area")} == {"天津临港经济区"}


@pytest.mark.parametrize("text, names", [
    # ,其…产业园 opening a clause after a zone named in the sentence: that zone's park (round 44a, blind45 or5);
    # 新能源汽车|零部件: an industry and its parts name a trade (jieba: 零部件 a count)
    ("营口高新区规划面积19.7平方公里，以镁质材料、精细化工、电子信息为主导产业，其新能源汽车零部件产业园尚处于起步阶段。",
     ["营口高新区", "新能源汽车零部件产业园"]),
    # no zone before it in the sentence: a firm's park
    ("营口高新区规划面积19.7平方公里。公司去年营业收入12亿元，其新能源汽车零部件产业园尚处于起步阶段。", ["营口高新区"]),
    # no trade: a kind
    ("营口高新区规划面积19.7平方公里，其产业园尚处于起步阶段。", ["营口高新区"]),
])
def test_a_park_after_its_possessive_is_the_park_of_the_zone_its_sentence_named(nlp, text, names):
    assert [z["name"] for z in of(extract(nlp, text)[1], "zone")] == names

@pytest.mark.parametrize("line, zone", [
    # a region of several cities opening the clause, after a province or a date too: the region's figure
    ("到2020年,北部湾经济区地区生产总值将达到1万亿元以上。", None),
    ("2022年,广西北部湾经济区完成固定资产投资2680亿元。", None),
    ("长三角地区全年实际使用外资680亿美元。", None),
    # decoys: the region is no subject (香港在北部湾经济区…), and a zone named with the region opens the clause
    ("钦州港区全年对北部湾经济区出口36亿元。", "中马钦州产业园区"),
    ("大湾区国际科创产业园完成固定资产投资68亿元。", "大湾区国际科创产业园"),
])
def test_a_clause_opening_with_a_region_of_several_cities_is_the_regions(nlp, line, zone):
    text = ("中马钦州产业园区2022年工作总结\n\n中马钦州产业园区今年新签约项目36个。\n"
            "中马钦州产业园区完成工业总产值800亿元。\n" + line + "\n")
    _, records = extract(nlp, text)
    assert [r["zone"] for r in records if r["type"] == "money" and r["start"] > text.index(line)] == [zone]


@pytest.mark.parametrize("paragraph, zone", [
    # 经济区 alone after a region of several cities' name points back to the region
    ("2008年1月,国务院批准实施《广西北部湾经济区发展规划》。六年来,经济区地区生产总值由2008年的2220亿元增加到2014年的"
     "5448亿元。", None),
    # decoy: the last 经济区 closed the zone's name (a region before it is no name), the bare word is the zone's
    ("企业多来自长三角和珠三角地区。六年来,经济区完成固定资产投资2220亿元。", "大连花园口经济区"),
])
def test_a_bare_economic_region_word_points_back_to_the_region_of_several_cities(nlp, paragraph, zone):
    text = ("大连花园口经济区2022年工作总结\n\n大连花园口经济区今年新签约项目36个。\n"
            "大连花园口经济区完成工业总产值800亿元。\n" + paragraph + "\n")
    _, records = extract(nlp, text)
    assert {r["zone"] for r in records if r["type"] == "money" and "2220" in r["text"]} == {zone}


@pytest.mark.parametrize("sentence, figure, zone", [
    # the clauses after one building a park describe the park built
    ("东明经开区建设再生资源回收利用产业园,占地300亩。", "300亩", "再生资源回收利用产业园"),
    ("衡阳高新区要加快建设衡阳智能终端产业园,规划用地2800亩,一期预计2022年建成。", "2800亩", "衡阳智能终端产业园"),
    # decoys: money invested is the builder's, a deed done is too; a figure before the park makes the sentence a list of
    # its subject's goals
    ("东明经开区正在规划建设再生资源回收利用产业园,计划总投资3.2亿元。", "3.2亿元", "山东东明经济开发区"),
    ("东明经开区加快建设再生资源回收利用产业园,已完成征地500亩。", "500亩", "山东东明经济开发区"),
    ("东明经开区今年力争营业收入达到80亿元,建设再生资源回收利用产业园,新增用地500亩。", "500亩", "山东东明经济开发区"),
])
def test_the_clauses_after_building_a_park_are_the_parks(nlp, sentence, figure, zone):
    text = "山东东明经济开发区2022年工作总结\n\n山东东明经济开发区(东明经开区)今年新签约项目36个。\n" + sentence + "\n"
    _, records = extract(nlp, text)
    assert [r["zone"] for r in records if r["type"] in ("money", "area") and r["text"].endswith(figure)
            and r["start"] > text.index(sentence)] == [zone]


@pytest.mark.parametrize("text, goals", [
    ("到2025年,高新技术产业增加值占比提高2个百分点。", [(2.0, "percent")]),
    ("力争研发投入强度提高0.5个百分点以上。", [(0.5, "percent")]),
    ("到2025年,新增规上企业2个,培育上市公司3个。", [(2.0, "count"), (3.0, "count")]),  # counts of things stay counts
])
def test_a_goal_in_percentage_points_is_a_percent_not_a_count(nlp, text, goals):
    assert [(t["value"], t["unit"]) for t in of(extract(nlp, text)[1], "target")] == goals

def test_zone_written_after_its_city_and_after_its_county_is_one_zone(nlp):
    # blind49 ov2: the full name after the city, the short form alone and after the county (德清, a county of 湖州)
    text = ("湖州莫干山高新技术产业开发区国民经济和社会发展第十五个五年规划纲要\n"
            "“十四五”时期,莫干山高新区坚持创新驱动。高新区开发建设平台公司为德清莫干山高新区建设发展集团。"
            "德清莫干山高新区实现地区生产总值612亿元。")
    _, records = extract(nlp, text)
    zones = zones_of(records)
    assert set(zones) == {"湖州莫干山高新技术产业开发区"}
    assert {"莫干山高新区", "德清莫干山高新区"} <= set(zones["湖州莫干山高新技术产业开发区"])


def test_zones_led_by_places_that_do_not_nest_stay_apart(nlp):
    # decoy: 杭州 and 南昌 are not one inside the other, so 西湖高新区 shortens neither
    text = "杭州西湖高新技术产业开发区与南昌西湖高新技术产业开发区签约。西湖高新区实现产值10亿元。"
    _, records = extract(nlp, text)
    zones = zones_of(records)
    assert "杭州西湖高新技术产业开发区" in zones and "南昌西湖高新技术产业开发区" in zones


def test_a_comprehensive_experimental_zone_named_by_its_place(nlp):
    # blind49 ov4: 平潭综合实验区, then the bare 实验区 for it
    _, records = extract(nlp, "平潭综合实验区管委会的数据显示,2021年实验区地区生产总值达到300亿元。")
    assert set(zones_of(records)) == {"平潭综合实验区"}
    [money] = of(records, "money")
    assert money["zone"] == "平潭综合实验区"


@pytest.mark.parametrize("text", [
    "建设国家农业综合实验区。",  # the kind, no place
    "国家可持续发展实验区。",
])
def test_a_comprehensive_experimental_zone_word_without_a_place_is_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


def test_an_export_processing_zone_turned_into_a_bonded_zone_is_one_zone_under_its_later_name(nlp):
    # blind49 ov3: 整合优化为, the State Council's word for turning an export processing zone into a bonded zone
    text = ("松江出口加工区是2000年经国务院批准设立的首批国家级出口加工区之一,规划面积2.98平方公里,"
            "2021年整合优化为松江综合保税区(松江综保区),目前已封关运作。")
    _, records = extract(nlp, text)
    zones = zones_of(records)
    assert set(zones) == {"松江综合保税区"}
    assert "松江出口加工区" in zones["松江综合保税区"]


def test_zones_merged_by_a_count_stay_without_a_renaming(nlp):
    # decoy: 整合 of counts of zones, and two bonded zones named side by side, joined by no renaming word
    text = "开发区数量由原来的一百一十二个整合为现在的八十七个。松江出口加工区和青浦出口加工区封关运作。"
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {"松江出口加工区", "青浦出口加工区"}


@pytest.mark.parametrize("text, name", [
    # blind49 ov5: a zone's full name, then its 工业园区 and a project, in a table row
    ("| 6 | 准格尔经济开发区工业园区污水处理厂 | 准格尔经济开发区 | 新增日处理能力3万吨 |", "准格尔经济开发区"),
    # blind49 ov3: a fund named after the zone's 产业园
    ("以上海松江经济技术开发区(以下简称“松江经开区”)标准厂房为底层资产的“华泰—松江经开区产业园封闭式基础设施证券投资基金”",
     "上海松江经济技术开发区"),
])
def test_a_zones_name_before_a_bare_park_word_is_the_zone(nlp, text, name):
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {name}


@pytest.mark.parametrize("text, name", [
    ("乌海经济开发区海南工业园区建设加快。", "乌海经济开发区海南工业园区"),  # a park with its own name after its host
    ("柳梧新区产业园区完成投资5亿元。", "柳梧新区产业园区"),  # blind6 g4: a city's new district, the park's place
])
def test_a_park_with_its_own_name_or_after_a_new_district_keeps_its_name(nlp, text, name):
    _, records = extract(nlp, text)
    assert name in zones_of(records)


def test_the_split_of_a_years_planned_projects_shares_its_year(nlp):
    text = ("某某开发区管委会关于下达2025年重点项目计划的通知\n\n"
            "2025年开发区重点项目共列入项目120个,总投资860亿元,年度计划投资180亿元。按产业分,新材料项目48个、"
            "装备制造项目36个。总投资10亿元以上的项目42个。\n"
            "巴彦淖尔市列入项目35个,年度计划投资92亿元,其中绿色农畜产品加工项目16个。\n"
            "2024年,开发区重点项目完成投资153亿元,其中竣工项目31个。\n")
    counts = {(t["value"], t["year"]) for t in of(extract(nlp, text)[1], "target") if t["unit"] == "count"}
    assert {(48.0, 2025), (36.0, 2025), (42.0, 2025), (16.0, 2025)} <= counts
    # decoy: a count after 其中 in a sentence of results, with no plan counted before it
    assert not any(value == 31.0 for value, _ in counts)


def test_the_units_a_goal_is_shared_out_among_are_no_goal(nlp):
    text = ("天水高新区获批\n\n按照年初确定的目标,今年全区营业收入预计增长15%以上,新增高新技术企业不少于20家。"
            "为确保完成全年任务,高新区已将目标分解到两个园区和28个部门,实行月调度、季通报。\n")
    values = [t["value"] for t in of(extract(nlp, text)[1], "target")]
    assert 20.0 in values and 28.0 not in values


def test_a_years_project_list_drawn_up_is_a_plan_and_its_split_shares_its_year(nlp):
    text = ("在全县园区工作推进会上的讲话\n(2020年2月)\n\n"
            "今年县里梳理了园区重点项目86个,总投资412亿元,年度计划投资98亿元,其中星火工业园区32个、云山经开区45个。\n"
            "去年县里建成了园区重点项目40个,总投资150亿元,其中城南工业园9个。\n")
    counts = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target") if t["unit"] == "count"}
    assert counts.get(86.0) == 2020 and counts.get(32.0) == 2020 and counts.get(45.0) == 2020
    # decoy: projects built last year, past, are no plan to split
    assert 40.0 not in counts and 9.0 not in counts


@pytest.mark.parametrize("title, zone", [
    # a title naming a place's zones with a collective word: the document speaks of them all, not of the one it names
    # most; a sentence naming no zone is no zone's
    ("在全县工业园区“项目攻坚年”动员大会上的讲话", None),
    ("全市开发区2020年工作会议召开", None),
    # decoy: a title naming one zone keeps it the document's zone
    ("在永修云山经济开发区项目攻坚动员大会上的讲话", "江西永修云山经济开发区"),
])
def test_a_title_naming_zones_collectively_gives_the_document_no_zone(nlp, title, zone):
    text = (title + "\n\n江西永修云山经济开发区(以下简称云山经开区)去年实现规上工业营业收入386亿元。"
            "星火有机硅工业园区全年实现主营业务收入152亿元。云山经开区排名第5位。云山经开区力争达到450亿元。\n"
            "去年县里争取新增建设用地指标1200亩,优先保障亿元以上项目。\n")
    _, records = extract(nlp, text)
    assert [r["zone"] for r in records if r["type"] == "area" and "1200亩" in r["text"]] == [zone]


def test_the_counterpart_of_a_visit_opening_a_clause_gives_its_plans_no_zone(nlp):
    text = ("晋中经济技术开发区赴长三角招商活动情况报告\n\n"
            "晋中经济技术开发区招商小分队赴上海、苏州开展驻点招商。\n"
            "拜访一家医疗器械企业,对方计划新建华北生产基地,意向总投资6.5亿元。\n"
            "对方关注电价,我方答复当地大工业电价每千瓦时约0.52元。\n"
            "对方要求开发区协助申报示范项目,并希望享受设备投资补助(最高1000万元)。\n")
    records = extract(nlp, text)[1]
    assert zone_of(records, "money", "6.5亿元") is None
    assert zone_of(records, "money", "约0.52元") is None
    # decoy: what the firm is offered by the zone named bare after 对方 is the zone's
    assert zone_of(records, "money", "1000万元") == "晋中经济技术开发区"


def test_the_company_doing_something_in_a_zone_named_bare_after_it_is_the_zones(nlp):
    text = ("遵义经济技术开发区签约项目情况\n\n遵义经济技术开发区与某公司签订合作协议。"
            "公司还将在经开区设立区域总部,注册资本2亿元。\n"
            "截至6月30日,公司货币资金余额为12.84亿元。\n")
    records = extract(nlp, text)[1]
    assert zone_of(records, "money", "2亿元") == "遵义经济技术开发区"
    # decoy: the company's own account, no zone word after 公司, is no zone's
    assert zone_of(records, "money", "12.84亿元") is None


def test_gaoxinqu_alone_points_back_to_the_hitech_zone_its_paragraph_names_in_full(nlp):
    text = ("马宏远调研开发区建设\n\n在乌鲁木齐经济技术开发区,马宏远来到项目现场。经开区规划面积490平方公里。"
            "乌鲁木齐经开区完成投资318亿元。经开区新签约项目37个。\n\n"
            "随后,马宏远来到乌鲁木齐高新技术产业开发区(新市区)。高新区负责人介绍,高新区规划面积约98平方公里。\n")
    records = extract(nlp, text)[1]
    assert zone_of(records, "area", "约98平方公里") == "乌鲁木齐高新技术产业开发区"
    assert zone_of(records, "area", "490平方公里") == "乌鲁木齐经济技术开发区"


def test_gaoxinqu_leading_a_parks_name_or_defined_in_brackets_points_back_to_no_hitech_zone(nlp):
    # decoy: 高新区 before the park's name is the host's word in the park's name; the park is the subject
    text = ("赤峰高新区建设情况\n\n赤峰高新技术产业开发区位于赤峰市。"
            "高新区红山产业园新增建设用地2300亩,新建标准厂房15万平方米。\n")
    assert zone_of(extract(nlp, text)[1], "area", "15万平方米") == "红山产业园"
    # decoy: an alias defined in brackets names the host the park lies in, no subject
    text = ("津海发展公司年报\n\n公司旗舰项目津海滨海科技园位于天津滨海高新技术产业开发区(以下简称「滨海高新区」)核心区,"
            "规划面积3.2平方公里,已建成面积1.9平方公里。\n")
    assert zone_of(extract(nlp, text)[1], "area", "3.2平方公里") != "天津滨海高新技术产业开发区"


def test_the_clauses_after_a_zone_founded_out_of_others_describe_it(nlp):
    text = ("关于公布省级开发区整合优化方案的通知\n\n全省开发区整合工作有序推进。全省开发区数量精简。全省开发区实现一县一平台。\n\n"
            "(二)上虞区。整合浙江上虞经济开发区与上虞区曹娥江工业园区,设立“浙江上虞曹娥江经济开发区”(以下简称“曹娥江经开区”),"
            "规划面积42.3平方公里。\n\n"
            "(三)三门县。整合浙江三门经济开发区、三门县健跳港工业园区,交由浙江三门湾经济开发区管理,规划面积26.4平方公里。\n")
    records = extract(nlp, text)[1]
    assert zone_of(records, "area", "42.3平方公里") == "浙江上虞曹娥江经济开发区"
    # decoy: zones merged with no zone founded after 设立 leave the sentence's several zones none
    assert zone_of(records, "area", "26.4平方公里") is None

@pytest.mark.parametrize("sentence, value, year", [
    # an allotment a word of intent sets to come is a goal in a news report too; a sum each year has no year
    ("市财政将安排招商引资专项资金5000万元,对引进重大项目的中介机构按到位资金的千分之五给予奖励。", 5e7, None),
    ("松江区财政将每年安排园区高质量发展专项资金10亿元,对新认定的智能工厂给予最高2000万元奖励。", 1e9, None),
    # under a plan's whole period, a sum each year takes the period's last year
    ("规划期内,海口市财政将每年安排临空经济区发展专项资金不少于5亿元,鼓励港资、外资参与。", 5e8, 2035),
])
def test_an_allotment_with_a_word_of_intent_is_a_goal(nlp, sentence, value, year):
    text = "临空经济区总体规划(2020—2035年)获批\n2020年5月\n\n" + sentence + "\n"
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target") if t["unit"] == "CNY"}
    assert value in goals and goals[value] == year


def test_an_allotment_after_something_done_is_no_intended_goal(nlp):
    # decoy: a sentence that reports the park listed already; its 将安排 is tied to that, the year not the sum's
    text = ("怀来园区签约\n2019年12月\n\n协议签署后,河北省发展改革委有关负责人表示,该园区已列入河北省2020年省重点建设项目,"
            "省级财政将安排园区建设奖补资金3000万元。市财政去年安排专项资金2000万元。\n")
    values = [t["value"] for t in of(extract(nlp, text)[1], "target")]
    assert 3e7 not in values and 2e7 not in values


def test_a_plans_horizon_goes_on_past_one_tasks_due_date_in_a_clause_list(nlp):
    text = ("湘阴县国民经济和社会发展第十四个五年规划纲要(2021—2025年)\n(2021年3月26日批准)\n第三节 提升园区承载能力\n"
            "“十四五”期间,湘阴高新区新增建设用地6000亩;新建标准化厂房100万平方米,其中三年内建成50万平方米;"
            "新建改造园区道路45公里。虞公港临港产业园新建道路28公里。推进“标准地”改革。"
            "推动共建长湘产业合作园,规划面积3平方公里,首期开发1.2平方公里。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    # the task's own date stays its own; the clauses after it go on with the plan's horizon
    assert goals.get(0.5) == 2024 and goals.get(45.0) == 2025 and goals.get(28.0) == 2025
    # decoy: a park described three sentences on is past the horizon's reach
    assert 1.2 not in goals


def test_a_tasks_due_date_after_no_goal_carries_nothing(nlp):
    # decoy: with no plan's year stated before it, the task's due date still ends the list's time
    text = ("园区建设情况\n2021年3月\n\n园区现有道路20公里;新建标准化厂房10万平方米,其中三年内建成5万平方米;"
            "园区道路8公里。\n")
    values = [t["value"] for t in of(extract(nlp, text)[1], "target")]
    assert 8.0 not in values


def test_a_count_closing_a_task_clause_in_a_plan_is_a_goal(nlp):
    text = ("湘阴县国民经济和社会发展第十四个五年规划纲要(2021—2025年)\n(2021年3月26日批准)\n第五节 强化要素保障\n"
            "实施园区人才安居工程,新建人才公寓1500套,对园区企业新引进的博士研究生每人给予安家补贴10万元。\n"
            "在岭北镇建设农产品加工园,规划用地600亩,引进农产品加工企业15家。\n")
    goals = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target") if t["unit"] == "count"}
    assert goals.get(1500.0) == 2025 and goals.get(15.0) == 2025


def test_a_count_closing_a_task_clause_after_a_result_is_no_goal(nlp):
    # decoys: a half year's work carried into the clause (its time a result's), and the same task in no plan
    text = ("大庆高新区2023年上半年工作总结和下半年工作计划\n\n"
            "上半年新认定高新技术企业42家,新增科技型中小企业116家;建成人才公寓1200套,为引进人才发放安家补贴2140万元。\n")
    assert 1200.0 not in [t["value"] for t in of(extract(nlp, text)[1], "target")]
    news = "人才公寓交付\n2021年5月\n\n园区实施人才安居工程,新建人才公寓800套。\n"
    assert 800.0 not in [t["value"] for t in of(extract(nlp, news)[1], "target")]

@pytest.mark.parametrize("text, name", [
    # two places' first characters lead a park they build together, where the text writes both places
    ("拟在蚌埠高新区规划建设占地约3000亩的合蚌共建产业园,首期开发1200亩。合肥高新区负责招商。", "合蚌共建产业园"),
    ("推动与长沙经济技术开发区共建长湘产业合作园,规划面积3平方公里。湘阴县加快建设。", "长湘产业合作园"),
    ("与衢州高新技术产业开发区飞地合作,共建面积约2平方公里的“衢永合作园”。永修县全力推进。", "衢永合作园"),
    # partner provinces' short forms and 协作 lead a name as 合作 does
    ("与北京市顺义区共建的京蒙协作赤峰产业园新入驻企业14家,完成投资23亿元。", "京蒙协作赤峰产业园"),
])
def test_a_park_named_by_the_places_that_build_it_together(nlp, text, name):
    assert name in zones_of(extract(nlp, text)[1])


@pytest.mark.parametrize("text", [
    # decoys: common words before the suffix (双方, 全市), and a pair whose places the text does not write
    "双方共建产业园,全市工业园要加快发展。",
    "支持合蚌共建产业园建设。",
])
def test_words_before_a_park_that_name_no_places_building_it(nlp, text):
    names = zones_of(extract(nlp, text)[1])
    assert not any(n.endswith(("共建产业园", "产业园", "工业园")) for n in names)


@pytest.mark.parametrize("text, name, aliases", [
    # two trades joined by 及 name one park; the later 铝加工产业园 is its short form, not a park of its own
    ("白云经开区以铝及铝加工为主导产业,区内的铝及铝加工产业园规划用地2.6平方公里,已入驻企业43家。"
     "园区负责人告诉记者,铝加工产业园二期计划总投资15亿元。", "铝及铝加工产业园", ["铝加工产业园"]),
    ("4.智能家居及定制家具产业园项目\n建设内容:新建标准化厂房。\n", "智能家居及定制家具产业园", []),
    # a grade inside the trade (精细, jieba's adjective) keeps it a trade
    ("息烽经开区重点发展磷化工。开发区内的精细磷化工产业园今天开工的磷酸铁项目总投资8.5亿元。", "精细磷化工产业园", []),
])
def test_a_park_named_by_two_joined_trades_or_a_graded_trade(nlp, text, name, aliases):
    assert zones_of(extract(nlp, text)[1]).get(name) == aliases


@pytest.mark.parametrize("text", [
    # decoys: a duty after the park makes a policy's rule for a kind of park; common nouns joined by 及
    "开发区内的化工产业园应当建立健全安全风险防控体系。",
    "区内的企业及科研产业园建设加快推进。",
])
def test_a_kind_of_park_in_a_rule_or_common_nouns_joined_name_no_park(nlp, text):
    assert not any(n.endswith("产业园") for n in zones_of(extract(nlp, text)[1]))


@pytest.mark.parametrize("text, name", [
    # an autonomous prefecture's short form with 州 before its county's zone locates it, outside the name
    ("黔南州都匀经济开发区与广州开发区共建的广州都匀产业园已入驻企业37家。", "都匀经济开发区"),
    ("红河州蒙自经济技术开发区规划面积12平方公里。", "蒙自经济技术开发区"),
    # decoys: a town after the prefecture (no county), a city whose name ends in 州 before its county
    ("海北州西海工业园规划面积3平方公里。", "海北州西海工业园"),
    ("湖州莫干山高新技术产业开发区规划面积3平方公里。", "湖州莫干山高新技术产业开发区"),
])
def test_a_prefectures_short_form_with_its_mark_before_a_county_zone(nlp, text, name):
    assert name in zones_of(extract(nlp, text)[1])


@pytest.mark.parametrize("text, zone", [
    # the national new area written with its city is a zone, as 天津滨海新区 is
    ("国家级新区中,上海浦东新区规划面积1210平方公里,2022年实现地区生产总值1.6万亿元。", True),
    # decoy: the district alone (its government) is a place
    ("浦东新区人民政府发布通知,支持企业发展。", False),
])
def test_shanghai_pudong_new_area_with_its_city(nlp, text, zone):
    assert ("上海浦东新区" in zones_of(extract(nlp, text)[1])) is zone
    assert "浦东新区" not in zones_of(extract(nlp, text)[1])


@pytest.mark.parametrize("text, name", [
    # the Strait's two sides lead a park named by its trade that they build together
    ("累计引进台资项目38个,并计划到2025年建成两岸集成电路产业园,总投资人民币80亿元,规划用地1800亩。", "两岸集成电路产业园"),
    # decoy: a park led by its place keeps its place-led name
    ("两岸企业入驻福建平潭集成电路产业园,规划面积3平方公里。", "福建平潭集成电路产业园"),
])
def test_the_straits_two_sides_lead_a_trade_parks_name(nlp, text, name):
    assert name in zones_of(extract(nlp, text)[1])

def test_a_plain_total_describing_a_project_is_its_size_not_a_goal(nlp):
    text = ("开发区2024年工作要点\n\n"
            "三年内,经济开发区将建成新材料精深加工项目,规划用地3000亩,总投资120亿元。\n"
            "年内完成园区污水处理厂二期扩建,日处理能力提升至8万吨,项目总投资2.6亿元。\n"
            "生态城将新建中心图书馆,总投资十九点九一亿元,预计2026年建成。\n"
            "冷链物流园将于年内开工,计划总投资8.6亿元。\n"
            "江北物流园占地1800亩,规划总投资20亿元,力争年内建成。\n"
            "全年力争新引进重大项目30个、总投资超过800亿元。\n"
            "2024—2026年,园区计划安排重点项目42个,计划总投资360亿元,其中基础设施项目总投资45亿元。\n")
    money = {m["value"]: m["target"] for m in of(extract(nlp, text)[1], "money")}
    assert money[12e9] is False and money[2.6e8] is False and money[1.991e9] is False
    # decoys: a planned total, a plan's 规划总投资, a floor a programme is to reach, a part of a planned total
    assert money[8.6e8] is True and money[2e9] is True and money[8e10] is True and money[4.5e9] is True


def test_each_amount_a_grant_lists_for_its_cases_is_no_goal(nlp):
    text = ("村级工业园改造提升三年行动方案(2020—2022年)\n\n六、保障措施\n"
            "(二)加强考核督办。对完成年度任务排名前三的镇街分别奖励1000万元、800万元、500万元。\n"
            "新区将设立规模一百亿元的产业发展基金,对年营业收入首次超过50亿元、10亿元的企业分别奖励100万元、50万元。\n")
    money = {m["value"]: m["target"] for m in of(extract(nlp, text)[1], "money")}
    assert not any(money[v] for v in (1e7, 8e6, 5e6, 1e6, 5e5))
    # decoy: the fund the sentence sets up is a goal
    assert money[1e10] is True


def test_a_shortfall_adverb_qualifies_the_figure_right_after_it(nlp):
    text = ("全区亩均年产值将由不足150万元提高到500万元以上。\n"
            "园区污水处理厂实际日处理量不足3000吨,力争年底前提高到1万吨。\n"
            "园区计划引进的项目中,高新技术企业仅有53家。\n")
    targets = {t["value"] for t in of(extract(nlp, text)[1], "target")}
    assert 5e6 in targets and 10000.0 in targets
    # decoys: the figures the adverb stands right before fall short, no goals
    assert 1.5e6 not in targets and 3000.0 not in targets and 53.0 not in targets


def test_a_projection_from_the_plans_own_completion_takes_the_plans_year(nlp):
    text = ("村级工业园改造提升三年行动方案(2020—2022年)\n\n一、总体目标\n"
            "据测算,三年行动完成后,全区可新增工业总产值约2000亿元、税收约120亿元。\n"
            "三期项目建成后,可新增产值约50亿元。\n")
    years = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert years[2e11] == 2022 and years[1.2e10] == 2022
    # decoy: a projection from a project's completion, undated, has no year
    assert years[5e9] is None


def test_a_projects_planned_total_with_its_start_after_it_takes_no_year_of_its_section(nlp):
    text = ("开发区2022年工作要点\n\n一、2022年重点工作\n"
            "陶瓷新材料产业园二期计划总投资十二亿元,确保年内开工、2023年建成投产。\n"
            "元宝山工业园区零碳产业园二期,计划总投资110亿元,年内开工。\n"
            "今年全区共安排重点项目68个,计划总投资410亿元,年度计划投资142亿元。\n")
    years = {t["value"]: t["year"] for t in of(extract(nlp, text)[1], "target")}
    assert years[1.2e9] is None and years[1.1e10] is None
    # decoy: a year's programme of projects, counted before its planned total, is that year's
    assert years[4.1e10] == 2022


def test_a_bare_capacity_after_a_count_of_facilities_is_what_they_have(nlp):
    text = ("到2025年,规划新建110千伏变电站2座,新建污水处理厂1座,近期日处理能力3万吨,远期日处理能力6万吨。\n"
            "到2025年,新建污水处理厂3座,新增日处理能力4万吨。\n")
    targets = {t["value"] for t in of(extract(nlp, text)[1], "target")}
    assert 30000.0 not in targets and 60000.0 not in targets
    # decoy: a capacity the plan adds after its count is a goal of its own
    assert 40000.0 in targets and 3.0 in targets


def test_a_quantity_bounding_the_firms_a_measure_covers_is_no_goal(nlp):
    text = ("到2025年,对年综合能耗5000吨标准煤以上的企业开展能源审计,实现能耗在线监测全覆盖。\n"
            "到2025年,园区污水日处理能力达到5万吨以上。\n")
    targets = {t["value"] for t in of(extract(nlp, text)[1], "target")}
    assert 5000.0 not in targets
    # decoy: a capacity to reach, bounded with 以上 but sorting nothing
    assert 50000.0 in targets

@pytest.mark.parametrize("title", [
    "二零一八年年报(摘录)",  # a listed company's annual report, its year in Chinese numerals
    "山西晋中经济技术开发区管理委员会2016年政府信息公开工作年度报告",  # an office's annual report
])
def test_an_annual_reports_title_dates_its_undated_results(nlp, title):
    year = 2018 if "二零一八" in title else 2016
    text = (title + "\n\n本集团收益为人民币349,308千元,毛利为人民币201,562千元。"
            "投入专项资金85万元完成门户网站改版升级。\n")
    years = {m["text"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert years["人民币349,308千元"] == year and years["85万元"] == year


def test_an_annual_report_named_in_a_line_of_text_dates_nothing(nlp):
    # decoy: a sentence naming an annual report, its title going on after it, is no annual report's title
    for title in ("公司已于2019年3月发布2018年年报并召开业绩说明会", "2018年年报显示公司营收增长"):
        text = title + "\n\n本集团收益为人民币349,308千元。\n"
        years = {m["text"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
        assert years["人民币349,308千元"] is None, title


def test_the_totals_of_an_event_dated_the_sentence_before_keep_its_year(nlp):
    text = ("昌吉州招商引资项目集中签约\n\n"
            "6月27日,昌吉州2022年第二季度招商引资项目集中签约仪式在昌吉国家高新技术产业开发区举行。"
            "此次集中签约项目37个,总投资三百二十六亿元,其中亿元以上项目26个。"
            "此次签约的年产2万吨聚四氟乙烯项目总投资15.8亿元,项目用地860亩。\n\n"
            "3月28日上午,2023年慈溪市一季度重大项目集中签约暨开工活动在慈溪高新区举行。"
            "活动现场共集中签约项目24个、集中开工项目18个,总投资326.8亿元。\n")
    years = {m["text"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert years["三百二十六亿元"] == 2022 and years["326.8亿元"] == 2023
    # decoy: one project of the event keeps the project rule (no year)
    assert years["15.8亿元"] is None


def test_an_event_total_with_no_dated_sentence_before_it_stays_undated(nlp):
    # decoy: the event is not dated in the paragraph (only the report's date would tell)
    text = ("集中签约\n\n长春高新区重点项目集中签约仪式在长春科技大厦举行。此次集中签约项目18个,总投资逾210亿元。\n")
    years = {m["text"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert years["逾210亿元"] is None


def test_a_years_work_summary_title_dates_its_undated_results(nlp):
    text = ("浠水县2011年工业园区建设工作总结\n时间:2012-01-06\n\n"
            "分园区看,开发区完成工业总产值62亿元,占园区总量的72%;散花滨江工业园完成产值9.5亿元。"
            "园区规划面积8平方公里。\n")
    years = {m["text"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert years["62亿元"] == 2011 and years["9.5亿元"] == 2011
    # decoy: a standing measure of the zone keeps null
    assert {a["text"]: a["year"] for a in of(extract(nlp, text)[1], "area")}["8平方公里"] is None
    # decoy: a summary going on to next year's plan names two years and dates nothing by its title
    text = text.replace("工业园区建设工作总结", "工作总结和2012年工作安排")
    assert {m["text"]: m["year"] for m in of(extract(nlp, text)[1], "money")}["62亿元"] is None


def test_an_event_of_the_reports_own_day_is_of_its_year(nlp):
    text = ("贵阳经开区、贵阳高新区重大项目集中开工\n发布时间:2019-07-18\n\n"
            "在贵阳高新区沙文生态科技产业园,今天开工的项目有16个,总投资98.2亿元。"
            "综保区今天与5家企业签约,签约金额63亿元。\n\n"
            "今天起,“洋浦就业招聘周”启动,85家园区企业提供岗位3200个,月薪最高达2.5万元。"
            "今天下午,老城开发区与洋浦经开区签署协同发展协议,首批合作项目投资约20亿元。\n")
    years = {m["text"]: m["year"] for m in of(extract(nlp, text)[1], "money")}
    assert years["98.2亿元"] == 2019 and years["63亿元"] == 2019
    # decoys: a practice starting today and an agreement signed today name no event of projects
    assert years["2.5万元"] is None and years["约20亿元"] is None


def test_chizi_and_jinzi_before_an_amount_are_investment(nlp):
    text = ("香港一家上市物流企业今年6月宣布,将斥资12亿港元在生态城附近兴建冷链仓库。"
            "全县新签约项目42个,实际进资43.5亿元。县财政安排专项资金8000万元。")
    categories = {m["text"]: m["category"] for m in of(extract(nlp, text)[1], "money")}
    assert categories["12亿港元"] == "investment" and categories["43.5亿元"] == "investment"
    # decoy: a budget's allotment keeps its own cue
    assert categories["8000万元"] != "investment"

@pytest.mark.parametrize("text, kinds", [
    # a plot measured by name, or a numbered plot of a land notice, is land in use
    ("其中,编号为2021-绿园-017的地块面积为98.5亩,土地用途为工业用地。", {"98.5亩": "land_use"}),
    ("另两宗地块面积分别为76.2亩和61.3亩。", {"76.2亩": "land_use", "61.3亩": "land_use"}),
    ("其中XZ2021-15号地块折合约67.83亩,XZ2021-16号地块折合约45.07亩。",
     {"约67.83亩": "land_use", "约45.07亩": "land_use"}),
    # decoys: a plot on offer counted with 宗 stays other; floor space on a numbered plot is buildings
    ("园区还有配套地块4宗、计520亩。", {"520亩": "other"}),
    ("17号地块须建设洁净厂房,洁净厂房建筑面积不少于8000平方米。", {"不少于8000平方米": "other"}),
])
def test_a_plot_measured_by_name_is_land_in_use(nlp, text, kinds):
    areas = {r["text"]: r["kind"] for r in of(extract(nlp, text)[1], "area")}
    assert {t: areas.get(t) for t in kinds} == kinds


@pytest.mark.parametrize("text, names", [
    # 高新技术 names one of a zone's lines as an item, not the first, of a list of three or more
    ("老城开发区规划面积48.6平方公里,主导产业为新型建材、高新技术和现代物流。", ["新型建材", "高新技术", "现代物流"]),
    ("横琴重点发展旅游休闲、商务服务、金融服务、文化创意、中医保健、科教研发和高新技术七大产业。",
     ["旅游休闲", "商务服务", "金融服务", "文化创意", "中医保健", "科教研发", "高新技术"]),
    # decoys: alone, first, or in a pair it names a kind of industry
    ("南阳高新区初步形成了以光电、先进装备制造等为主导产业的高新技术产业集群。", ["光电", "先进装备制造"]),
    ("重点发展高新技术、电子信息和生物医药产业。", ["电子信息", "生物医药"]),
    ("大力发展高新技术产业和现代服务业。", ["现代服务"]),
])
def test_high_tech_is_an_industry_only_among_a_lists_items(nlp, text, names):
    _, records = extract(nlp, text)
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # brewing is a trade in a name, as processing is; packaging and printing a known line
    ("仁怀名酒工业园区规划面积32平方公里,重点发展白酒酿造和包装印刷,园区去年实现规模以上工业产值1052亿元。",
     ["白酒酿造", "包装印刷"]),
    ("莫干山高新区以地理信息、通用航空、高端装备制造、生物医药为主导产业。",
     ["地理信息", "通用航空", "高端装备制造", "生物医药"]),
    # decoys: a product's brewing in a firm's account, a town named after the trade
    ("该酒厂今年白酒酿造产量达到3万吨。", []),
    ("德清地理信息小镇已入驻企业300家。", []),
])
def test_brewing_packaging_and_geographic_information_as_industries(nlp, text, names):
    _, records = extract(nlp, text)
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)


@pytest.mark.parametrize("text, names", [
    # a name known whole with its 和 pairs no words: the last item's 和 closes the list (GUIDE, round 39g)
    ("园区主导产业为软件和信息服务、人工智能和云计算。", ["软件和信息服务", "人工智能", "云计算"]),
    # decoys: a writer who pairs words inside items keeps the last pair whole
    ("主导产业是工业自动化与系统控制、激光及光电、软件和信息服务。", ["工业自动化与系统控制", "激光及光电", "软件和信息服务"]),
    ("新一代信息技术、生物技术和大健康、机器人和智能制造三大主导产业。",
     ["新一代信息技术", "生物技术和大健康", "机器人和智能制造"]),
])
def test_a_known_joined_name_pairs_no_words_in_a_list(nlp, text, names):
    _, records = extract(nlp, text)
    assert sorted(i["name"] for i in of(records, "industry")) == sorted(names)

@pytest.mark.parametrize("text, category", [
    # a firm's capital increase put into its plant is invested
    ("韩国晓星、德国博世力士乐等企业相继增资扩产,其中晓星化纤增资3000万美元建设高性能纤维项目。\n", "investment"),
    ("今年董事会又通过增资1.2亿美元兴建二期。\n", "investment"),
    ("103年新设立公司23家,核准增资案41件,增资金额新台币1,286亿元。\n", "investment"),
    # decoy: what a platform company raises from the investors it brings in is its financing
    ("北辰经开区投资开发公司今年完成混改,引入战略投资者增资15亿元。\n", "financing"),
])
def test_a_firms_capital_increase_is_investment(nlp, text, category):
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")] == [category]


@pytest.mark.parametrize("text, category", [
    # rents, salaries and a tender's ceiling price are prices, whatever investment the sentence named before
    ("该项目总投资3.5亿元,厂房租金标准每平方米每月9元。\n", "other"),
    ("一位来自香港的投资商告诉记者,他们租用的厂房每平方米每月租金18元。\n", "other"),
    ("对引进重大项目的招商人员,年薪最高可达50万元。\n", "other"),
    ("部分开发区管委会人员工资偏低,一线招商人员月工资仅3500元左右。\n", "other"),
    ("开发区职工人均年工资收入5.12万元。\n", "other"),
    ("投资估算1.86亿元,最高投标限价16482.35万元,工期360日历天。\n", "other"),
    # decoys: a grant on the rent stays financing, a firm's rental income revenue
    ("对落户标准厂房的企业前三年每平方米补助租金15元。\n", "financing"),
    ("年内,该物流园录得租金收入人民币6,321万元。\n", "revenue"),
])
def test_rents_salaries_and_tender_ceilings_are_prices(nlp, text, category):
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")][-1:] == [category]


@pytest.mark.parametrize("text, category", [
    # private capital drawn in by a fund or public money is invested
    ("设立规模30亿元的高新区科技创新基金,全年投放资金6.8亿元,撬动社会资本21亿元。\n", "investment"),
    ("资金来源:政府投入约12亿元,银行贷款约30亿元,社会资本约44.5亿元。\n", "investment"),
    # decoy: the private share of a fund's own capital is the fund's financing
    ("设立产业发展基金,规模十亿元,其中市财政出资三亿元,吸引社会资本七亿元。\n", "financing"),
])
def test_private_capital_drawn_in_is_investment(nlp, text, category):
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")][-1:] == [category]


@pytest.mark.parametrize("text, category", [
    # what a listing, a REIT or a placing raises is financing
    ("松江经开区平台公募REITs获批 首发募资逾二十二亿元\n", "financing"),
    ("金瑞锂能拟定增募资不超30亿元 加码西宁经开区锂电材料基地\n", "financing"),
    ("力争全年新增申报项目5单,募资规模超过50亿元。\n", "financing"),
    # decoy: the projects the proceeds go into keep their cue
    ("募集资金拟投入募集资金15亿元用于年产5万吨正极材料项目。\n", "investment"),
])
def test_money_raised_by_a_listing_is_financing(nlp, text, category):
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")][:1] == [category]


@pytest.mark.parametrize("text, category", [
    # a loan, a credit or a bond named after the amount is financing, whatever cue stands before it
    ("中国银行甘肃省分行与庆阳石化工业集中区签署协议,为区内企业提供3000万欧元外币贷款。\n", "financing"),
    ("汇丰银行(中国)向天水经济技术开发区一家电工企业提供3000万美元贸易融资。\n", "financing"),
    ("2019年4月公司成功发行3亿美元高级债券,票面利率5.75%。\n", "financing"),
    ("公司还通过香港子公司完成一笔25亿港元银团贷款。\n", "financing"),
    # decoy: an interest subsidy on a loan is no loan named after the amount; a project's investment keeps its cue
    ("项目总投资5亿元,贷款贴息按年利率计。\n", "investment"),
])
def test_a_loan_or_bond_named_after_the_amount_is_financing(nlp, text, category):
    assert [m["category"] for m in of(extract(nlp, text)[1], "money")][:1] == [category]


def test_a_web_pages_copyright_year_dates_a_page_dated_by_nothing_else(nlp):
    from extractors.context import document_year
    thread = ("问题:合肥高新区和苏州高新区,哪个更值得应届生去?\n32个回答\n\n"
              "前年全区营业收入我记得是8000亿元左右,去年应该过了9000亿元了。\n\n"
              "相关问题\n知乎 © 2024  京ICP证110745号  联系我们\n")
    assert document_year(thread) == 2024
    assert [m["year"] for m in of(extract(nlp, thread)[1], "money")][-1] == 2023
    # a range of years: the last is the year the page was served
    assert document_year("某园区新闻\n正文。\nCopyright © 2003-2018江城新闻网 All Rights Reserved.\n") == 2018
    # decoys: a page dated in its head keeps that date; a notice with no year, or a year far above the footer, dates nothing
    assert document_year("发布时间:2013-01-10\n正文。\n版权所有 © 2019昆山高新区管委会\n") == 2013
    assert document_year("某园区新闻\n正文。\n天山网版权所有  新ICP备05001234号-1\n") is None
    assert document_year("某园区新闻\n2014年园区实现营业收入12亿元。\n" + "正文一行。\n" * 120 + "版权所有\n") is None


def test_a_year_in_brackets_after_this_or_last_is_stated(nlp):
    text = ("南科去年营业额8,310亿元\n\n2018-03-12 05:30经济日报\n\n科技部南部科学工业园区管理局昨(11)日公布营运成绩,"
            "南科去(2017)年营业额达新台币8,310亿元,年增6.8%。其中台南园区贡献6,982亿元,高雄园区为1,328亿元。\n")
    assert [m["year"] for m in of(extract(nlp, text)[1], "money")][-3:] == [2017, 2017, 2017]
    from extractors.context import STATED_YEAR
    assert [m.group(1) for m in STATED_YEAR.finditer("今(2018)年营业额可望突破新台币1兆元")] == ["2018"]
    # decoys: a bracketed year with no 今 / 去 / 明 before it, and one a change is measured from
    assert list(STATED_YEAR.finditer("规划期(2018)年度")) == []
    assert list(STATED_YEAR.finditer("比2013年增长")) == []

@pytest.mark.parametrize("text, expected", [
    # every figure of a 、-list the words after its last figure call goals is one, of the year its clause reads
    ("2018年2月25日\n2月23日 高新区召开项目建设暨招商引资动员大会,提出全年引进项目60个以上、到位资金180亿元的目标。",
     {"提出全年引进项目60个以上": 2018, "到位资金180亿元": 2018}),
    ("2021年3月5日\n会议明确了今年新签约项目50个、实际到位资金100亿元的目标。",
     {"会议明确了今年新签约项目50个": 2021, "实际到位资金100亿元": 2021}),
    # decoys: a list whose goal was reached, a proposal's list, a goal cited with no year, a share of the goal
    ("2020年5月1日\n2019年园区已实现工业总产值300亿元、税收20亿元的目标。", {}),
    ("2022年3月1日\n您在建议中指出,并提出到2025年全市开发区规模以上工业总产值达到3500亿元、亩均税收不低于25万元的目标。",
     {}),
    ("2024年3月1日\n单位工业增加值能耗三年累计仅下降5.1%,与下降14%的目标差距明显。", {}),
    ("2021年8月1日\n上半年完成投资50亿元、占年度目标的60%。", {}),
])
def test_a_list_the_words_after_call_goals(nlp, text, expected):
    assert {t["text"]: t["year"] for t in of(extract(nlp, text)[1], "target")} == expected


@pytest.mark.parametrize("text, expected", [
    # a floor the words after call a goal is the goal's value, not the bar of what is counted
    ("2017年3月1日\n三是围绕开发区今年实现地区生产总值300亿元、固定资产投资突破240亿元的目标,及时公开重大项目进展;",
     {"地区生产总值300亿元": 2017, "固定资产投资突破240亿元": 2017}),
    # decoy: a floor before 的 and what it counts stays a bar (the goal is the count)
    ("2021年3月5日\n2025年力争营业收入突破10亿元的企业达到20家。", {"营业收入突破10亿元的企业达到20家": 2025}),
])
def test_a_floor_called_a_goal_is_no_bar(nlp, text, expected):
    assert {t["text"]: t["year"] for t in of(extract(nlp, text)[1], "target")} == expected

@pytest.mark.parametrize("text, value, goal", [
    # a year gone by before the goal word of its clause: what was sought then, a result
    ("2020年3月10日\n去年县里争取新增建设用地指标1200亩,优先保障亿元以上项目;\n", 0.8, False),
    ("2021年5月8日\n上年全区计划引进亿元以上项目20个,实际引进23个。\n", 20, False),
    # decoys: the base of a rate is no year gone by; a goal word with no such year stays a goal
    ("2010年,全省工业园区力争完成固定资产投资三百八十亿元,比上年增长百分之三十以上;\n", 30, True),
    ("2020年3月10日\n今年县里争取新增建设用地指标1500亩,优先保障亿元以上项目;\n", 1.0, True),
])
def test_a_goal_word_of_a_year_gone_by_is_a_result(nlp, text, value, goal):
    targets = {round(t["value"], 3) for t in of(extract(nlp, text)[1], "target")}
    assert (value in targets) == goal


@pytest.mark.parametrize("text, value, goal", [
    # a power price, a loan's rate and a share price are prices, never goals
    ("项目投产后,执行青海省绿电交易政策,力争到户电价约0.32元/千瓦时。\n", 0.32, False),
    ("该行将在三年内向省内开发区投放信贷资金,推出“园区贷”,利率不高于4.35%。\n", 4.35, False),
    ("公司董事长承诺,拟以自有资金增持公司股份,增持价格不高于每股25元。\n", 25, False),
    # decoy: a goal on a cost that names no price word stays a goal
    ("争取银行以长期低息贷款置换存量高息债务,综合融资成本降至5%以下。\n", 5, True),
])
def test_power_prices_loan_rates_and_share_prices_are_no_goals(nlp, text, value, goal):
    targets = {round(t["value"], 3) for t in of(extract(nlp, text)[1], "target")}
    assert (value in targets) == goal


@pytest.mark.parametrize("text, value, goal", [
    # the listing rules' size tests class a listed company's deal; they set no goal
    ("由于投资协议项下拟进行交易的一项或多项适用百分比率超过5%但低于25%,故投资协议构成本公司的须予披露交易。\n", 5, False),
    # decoy: a share goal of the same report stays a goal
    ("本集团计划于三年内将园区出租率提高至90%以上。\n", 90, True),
])
def test_listing_rule_percentage_ratios_are_no_goals(nlp, text, value, goal):
    targets = {round(t["value"], 3) for t in of(extract(nlp, text)[1], "target")}
    assert (value in targets) == goal

@pytest.mark.parametrize("name, short", [
    # an autonomous region's short form drops every people its name holds, whatever their length
    ("黔西南布依族苗族自治州", "黔西南"),
    ("黔东南苗族侗族自治州", "黔东南"),
    ("西双版纳傣族自治州", "西双版纳"),
    ("积石山保安族东乡族撒拉族自治县", "积石山"),
    ("博尔塔拉蒙古自治州", "博尔塔拉"),
    ("鄂温克族自治旗", "鄂温克"),
    # decoys: one people, and no people at all
    ("石林彝族自治县", "石林"),
    ("南阳市", "南阳"),
])
def test_an_autonomous_regions_short_form_drops_all_its_peoples(name, short):
    from pipeline.regions import short_form
    assert short_form(name) == short


@pytest.mark.parametrize("text, zones", [
    # an autonomous prefecture's 州 form and a zone word, or prefectures counted, speak of their zones together
    ("考核结果显示,黔南州、黔西南州开发区平均得分分别为82分和79分。\n", {}),
    ("黔西南、黔东南两州开发区分别为3个和5个。\n", {}),
    # decoys: a city whose name ends in 州 names one park; a county's zone after the prefecture is found
    ("苏州工业园区实现地区生产总值100亿元。\n", {"苏州工业园区": []}),
    ("黔南州都匀经济开发区实现产值50亿元。\n", {"都匀经济开发区": []}),
])
def test_a_prefectures_zhou_form_before_a_zone_word_is_its_zones_together(nlp, text, zones):
    assert zones_of(extract(nlp, text)[1]) == zones


@pytest.mark.parametrize("text, zones", [
    # a name its short form in brackets shortens to head and suffix names a zone, though its head is a common word
    ("云山经开区实现营收386亿元;星火有机硅工业园区(星火工业园区)有机硅单体产能达到70万吨,主营业务收入152亿元。\n",
     {"云山经开区": [], "星火有机硅工业园区": []}),
    # decoys: a stopword head, and brackets that drop no trade from the name
    ("该有机硅工业园区(该工业园区)产值10亿元。\n", {}),
    ("有机硅工业园区(工业园区)产值10亿元。\n", {}),
])
def test_a_name_before_its_bracketed_head_and_suffix_is_a_zone(nlp, text, zones):
    assert {name for name in zones_of(extract(nlp, text)[1])} == set(zones)


def test_figures_after_a_bracket_shortened_zone_are_its(nlp):
    text = "云山经开区实现营收386亿元;星火有机硅工业园区(星火工业园区)主营业务收入152亿元。\n"
    money = of(extract(nlp, text)[1], "money")
    assert [(m["text"], m["zone"]) for m in money] == [("386亿元", "云山经开区"), ("152亿元", "星火有机硅工业园区")]


@pytest.mark.parametrize("text, zones", [
    # a city's district written with its 区 and a bare 园区 speaks of the district's parks together
    ("整体而言,滨海新区园区体系成熟、产业配套完整。\n", {}),
    ("北辰区园区实现产值100亿元。\n", {}),
    # decoys: a place with no 区 and its 园区 names a park; a district's short form and a kind name its zone
    ("台南园区实现产值100亿元。\n", {"台南园区"}),
    ("北辰经济技术开发区实现产值100亿元。\n", {"北辰经济技术开发区"}),
])
def test_a_districts_bare_yuanqu_is_its_parks_together(nlp, text, zones):
    assert set(zones_of(extract(nlp, text)[1])) == set(zones)

@pytest.mark.parametrize("text, figure, zone", [
    # a zone's platform company's registered capital and assets are the company's (round 46g)
    ("蒲城县工业园区今年新增企业十二家。组建蒲城县园区开发建设投资有限公司,注册资本二亿元,年内争取融资十亿元。\n",
     "二亿元", None),
    ("湄潭农业高新技术产业示范区已建成面积12平方公里。湄潭县园区开发投资有限公司为示范区唯一开发建设平台,"
     "注册资本8亿元,资产总额46.2亿元,2018年营业收入3.1亿元。\n", "46.2亿元", None),
    ("天津滨海高新技术产业开发区今年计划新建厂房30万平方米。天津海泰控股集团有限公司作为高新区开发建设平台,"
     "注册资本20亿元。\n", "20亿元", None),
    ("江西永修云山经济开发区要推行“管委会+公司”模式,组建注册资本10亿元的永修园区开发建设投资有限公司。\n",
     "10亿元", None),
    # a company named after its zone with 发展 or 控股 is its platform too (GUIDE round 50g, blind15 q5)
    ("辛集经济开发区推行“管委会+公司”运营模式,组建辛集经开区发展集团有限公司,注册资本5亿元。\n", "5亿元", None),
    # decoy: a firm in the zone keeps it
    ("临河化工园区去年新增企业5家。嘉泰公司位于临河化工园区,成立于2015年6月,注册资本三亿六千万元。\n",
     "三亿六千万元", "临河化工园区"),
])
def test_platform_company_capital_has_no_zone(nlp, text, figure, zone):
    _, records = extract(nlp, text)
    assert [r["zone"] for r in of(records, "money") if r["text"].endswith(figure)] == [zone]


@pytest.mark.parametrize("text, zones", [
    # a bare zone word the text introduces as the zone's short name is no alias (round 46g); its sentences still
    # give their figures to the zone
    ("遵义经济技术开发区(以下简称“经开区”)今年签约项目42个。经开区完成投资50亿元。\n", {"遵义经济技术开发区": []}),
    ("吉林综合保税区(简称“综保区”)去年实现进出口总额12亿元。\n", {"吉林综合保税区": []}),
    # decoy: a short form keeping its place is an alias
    ("南阳高新技术产业开发区(以下简称“南阳高新区”)规划面积30平方公里。\n", {"南阳高新技术产业开发区": ["南阳高新区"]}),
])
def test_a_bare_zone_word_is_no_alias(nlp, text, zones):
    records = extract(nlp, text)[1]
    assert zones_of(records) == zones
    assert all(m["zone"] in zones for m in of(records, "money"))


@pytest.mark.parametrize("text, name", [
    # a park named by its two places' first characters keeps the city written right before it (GUIDE 46g decision 9)
    ("银川经开区下辖银川苏银产业园。银川苏银产业园由江苏省苏州工业园区与银川市共建,规划面积10.6平方公里。\n",
     "银川苏银产业园"),
    # 现代 between the pair and the park word: 苏 stands for 苏州, no province
    ("苏滁现代产业园位于滁州经开区以东,由苏州工业园区与滁州市合作共建,规划面积36平方公里。\n", "苏滁现代产业园"),
    # decoys: a word before the pair that is no place of the pair's stays out; 发展现代产业园区 names no pair's park
    ("在苏银产业园,由苏州工业园区与银川市共建,规划面积10.6平方公里。\n", "苏银产业园"),
])
def test_a_place_pair_park_keeps_its_city_and_a_modern_park(nlp, text, name):
    assert name in zones_of(extract(nlp, text)[1])


def test_a_modern_park_word_alone_names_no_pair(nlp):
    records = extract(nlp, "大力发展现代产业园区,苏州工业园区规划面积278平方公里。\n")[1]
    assert set(zones_of(records)) == {"苏州工业园区"}


@pytest.mark.parametrize("text, name", [
    # China and its border city, a dash, the partner country's full name and its city: one cross-border zone
    ("中国凭祥—越南同登跨境经济合作区(凭祥—同登跨合区)按照规划,中方区域面积八点五平方公里。\n",
     "中国凭祥—越南同登跨境经济合作区"),
    ("中国东兴—越南芒街跨境经济合作区规划面积20平方公里。\n", "中国东兴—越南芒街跨境经济合作区"),
    # the nation pair's form read before stays whole
    ("中俄黑河—布拉戈维申斯克跨境经济合作区规划面积20平方公里。\n", "中俄黑河—布拉戈维申斯克跨境经济合作区"),
])
def test_a_cross_border_zone_of_china_and_a_named_partner_city(nlp, text, name):
    assert list(zones_of(extract(nlp, text)[1])) == [name]


def test_two_places_joined_by_a_dash_with_no_nation_are_no_cross_border_lead(nlp):
    # decoy: two counties joined by a dash lead no nation's name (丁家—来凤 stays as the rules before had it)
    records = extract(nlp, "凭祥—越南同登跨境经济合作区规划面积20平方公里。\n")[1]
    assert "中国凭祥—越南同登跨境经济合作区" not in zones_of(records)



EIA_REVIEW_PAGE = (
    "江西省生态环境厅\n首页 | 机构概况 | 政务公开 | 环境质量 | 环评审批 | 互动交流\n"
    "当前位置:首页 > 环评审批 > 规划环评 > 审查意见公示\n"
    "关于《江西新干经济开发区总体发展规划(2021—2035年)环境影响报告书》审查意见的公示\n"
    "  一、规划概况\n  江西新干经济开发区(以下简称新干经开区)始建于2001年,核准面积5.32平方公里。"
    "规划以盐化工、箱包皮具、机电制造为主导产业。截至2020年底,新干经开区已建成面积11.8平方公里。\n"
    "  二、环境保护基础设施\n  《报告书》提出规划实施污水处理、固废处置等环保工程项目14个,环保投资估算总额约9.6亿元。\n"
    "  三、主要审查意见\n  新干经开区应与下游的江西峡江工业园区(简称峡江园区)建立联合监测机制。\n")


def test_a_site_owner_over_its_menu_is_no_title(nlp):
    # a department's name on its own line over the site's menu is the page's owner: the province it names does not
    # make the page the province's, so the zone the page is about carries to its figures
    assert [m["zone"] for m in of(extract(nlp, EIA_REVIEW_PAGE)[1], "money")] == ["江西新干经济开发区"]


def test_a_province_line_over_no_menu_stays_the_title(nlp):
    # decoy: with no menu under it the province's line is the title, and the page stays the province's
    text = EIA_REVIEW_PAGE.replace("首页 | 机构概况 | 政务公开 | 环境质量 | 环评审批 | 互动交流\n", "")
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == [None]

@pytest.mark.parametrize("text, figure, zone", [
    # a zone's platform company's debts and results are its own, the company named in the figure's clause (round 47g)
    ("二是融资压力较大,湘潭高新区平台公司负债总额达到86亿元。\n", "86亿元", None),
    ("截至2017年底,营口沿海产业基地下属营口沿海开发建设集团有限公司有息债务余额186.3亿元。\n", "186.3亿元", None),
    ("腾鳌经济开发区运营公司2021年实现营业收入4.2亿元。\n", "4.2亿元", None),
    # decoys: debt the 管委会 owes with its platforms stays the zone's; so does a park's revenue after a firm built it
    ("宁东能源化工基地管委会及所属3家平台公司债务余额达到296.5亿元。\n", "296.5亿元", "宁东能源化工基地"),
    ("拉萨经济技术开发区数字经济产业园由某投资集团投资建设,2022年实现营业收入4.7亿元。\n", "4.7亿元", "拉萨经济技术开发区数字经济产业园"),
])
def test_platform_company_debts_and_results_have_no_zone(nlp, text, figure, zone):
    _, records = extract(nlp, text)
    assert [r["zone"] for r in of(records, "money") if r["text"].endswith(figure)] == [zone]


@pytest.mark.parametrize("text, figure, zone", [
    # a later clause going on with the accounts a platform company's capital or assets opened is the company's too
    ("柳东新区管委会下属平台公司柳州东城投资开发集团有限公司注册资本30亿元,2022年末资产总额达到1260亿元,有息债务余额480亿元。\n",
     "480亿元", None),
    ("湄潭县园区开发投资有限公司为示范区唯一开发建设平台,注册资本8亿元,资产总额46.2亿元,2018年营业收入3.1亿元。\n",
     "3.1亿元", None),
    # a debt after the platforms' debt is theirs too (GUIDE round 50g, blind30 oc3)
    ("截至2015年底,西宁经济技术开发区平台公司负债高达186亿元,当年到期债务本息约32亿元。\n", "约32亿元", None),
    # decoy: a debt the 管委会 owes with its platforms stays the zone's, and so does what follows it
    ("宁东能源化工基地管委会及所属3家平台公司债务余额达到296.5亿元,其中当年到期债务32亿元。\n", "32亿元",
     "宁东能源化工基地"),
])
def test_platform_company_accounts_go_on_in_later_clauses(nlp, text, figure, zone):
    _, records = extract(nlp, text)
    assert [r["zone"] for r in of(records, "money") if r["text"].endswith(figure)] == [zone]

@pytest.mark.parametrize("text, goals", [
    # a span of the year so far before a figure reports the months gone by, even under a heading read as goals
    ("绥芬河边境经济合作区2023年前三季度经济运行简报\n三、重点工作进展\n(一)项目建设提速。今年边合区安排重点项目36个,"
     "总投资96.8亿元。1-9月,开复工项目32个,完成投资19.7亿元。\n", {"36"}),
    ("二、2023年重点工作\n(三)招商引资。前三季度新签约项目17个,签约总额62.4亿元。\n", set()),
    # decoys: a goal word before the figure, and a schedule leading to the whole year, stay goals
    ("二、2023年重点工作\n(一)力争1-9月完成投资20亿元。\n", {"20"}),
    ("二、主要目标\n2013年,全市固定资产投资一季度完成76亿元,前三季度完成288亿元,全年完成380亿元。\n", {"76", "288", "380"}),
])
def test_a_span_of_the_year_so_far_reports_results(nlp, text, goals):
    found = {r["text"] for r in of(extract(nlp, text)[1], "target")}
    assert {g for g in goals if any(g in f for f in found)} == goals
    assert not [f for f in found if not any(g in f for g in goals)]


def test_a_listing_of_a_plans_land_by_block_states_no_goals(nlp):
    # a table listing the plan's land block by block (各区块规划用地一览) states how its extent is made up, as a
    # balance table does: areas, no goals, though 规划 names the plan
    text = ("某经济开发区总体规划环境影响跟踪评价\n\n"
            "表1各区块规划用地一览(单位:公顷)\n"
            "区块      规划用地  其中工业用地  主要功能\n"
            "城南区块    612.4    428.1     装备制造、电子信息\n"
            "化工区块   455.0    301.7     精细化工\n")
    records = extract(nlp, text)[1]
    assert not of(records, "target") and len(of(records, "area")) == 4
    # decoy: a table of the plan's land not titled as a listing still reads its figures as planned
    text = text.replace("规划用地一览", "规划用地")
    assert len(of(extract(nlp, text)[1], "target")) == 4

def test_a_bulletins_column_of_part_of_the_year_beside_a_unit_column_is_read_in_the_titles_year(nlp):
    text = ("二、主要经济指标\n表1 2023年上半年高新区主要经济指标\n"
            "指标名称          单位      上半年     同比增长(%)\n"
            "地区生产总值      亿元      212.4        6.1\n"
            "固定资产投资      亿元      57.9         11.2\n"
            "实际利用外资      万美元    4310         8.4\n"
            "规上工业企业数    个        186          3.2\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["currency"], m["category"], m["year"]) for m in of(records, "money")}
    assert money["212.4"] == (21240000000.0, "CNY", "output", 2023)
    assert money["57.9"] == (5790000000.0, "CNY", "investment", 2023)
    assert money["4310"] == (43100000.0, "USD", "investment", 2023)
    assert not {"186", "6.1", "11.2", "3.2"} & set(money)


def test_a_month_span_column_beside_a_unit_column_is_of_the_titles_year_and_a_title_of_no_year_leaves_it(nlp):
    text = ("表2 2024年开发区主要指标完成情况\n指标 | 单位 | 1-9月 | 增长(%)\n"
            "营业收入 | 亿元 | 903.6 | 7.7\n税收收入 | 亿元 | 41.5 | 2.0\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["category"], m["year"]) for m in of(records, "money")}
    assert money["903.6"] == (90360000000.0, "revenue", 2024)
    assert money["41.5"] == (4150000000.0, "tax", 2024)
    undated = ("开发区主要指标完成情况\n指标 | 单位 | 1-9月 | 增长(%)\n"
               "营业收入 | 亿元 | 903.6 | 7.7\n税收收入 | 亿元 | 41.5 | 2.0\n")
    _, records = extract(nlp, undated)
    assert not {"903.6", "41.5"} & {m["text"] for m in of(records, "money")}


def test_a_tables_part_rows_set_further_in_or_opening_with_qizhong_take_the_category_of_the_row_they_split(nlp):
    text = ("表1 2024年一季度经开区主要经济指标\n"
            "指标名称          单位      一季度     同比增长(%)\n"
            "规上工业总产值    亿元      512.3        9.4\n"
            "  其中:汽车      亿元      301.5        10.3\n"
            "       电子      亿元      88.2         6.8\n"
            "固定资产投资      亿元      44.1         15.6\n"
            "其中:工业投资    亿元      30.6         22.4\n"
            "社会消费品零售总额 亿元     26.9         5.1\n")
    _, records = extract(nlp, text)
    money = {m["text"]: m["category"] for m in of(records, "money")}
    assert money["301.5"] == "output"
    assert money["88.2"] == "output"
    assert money["30.6"] == "investment"
    assert money["26.9"] == "other"  # a row set as far in as the rows before it splits none of them


def test_rows_of_a_table_indented_as_a_whole_split_no_row(nlp):
    text = ("表1 2024年一季度经开区主要经济指标\n"
            "  指标名称          单位      一季度     同比增长(%)\n"
            "  规上工业总产值    亿元      512.3        9.4\n"
            "  社会消费品零售总额 亿元     26.9         5.1\n")
    _, records = extract(nlp, text)
    money = {m["text"]: m["category"] for m in of(records, "money")}
    assert money["512.3"] == "output"
    assert money["26.9"] == "other"


def test_a_sum_column_beside_a_funds_column_under_a_money_unit_line_makes_a_header_with_what_was_done_with_them(nlp):
    text = ("三、各园区专项资金使用情况\n下表为2021年度各园区专项资金安排、使用及问题金额(单位:万元):\n"
            "园区 | 安排资金 | 实际使用 | 问题金额 | 已整改\n"
            "东区产业园 | 18000 | 15200 | 2100 | 1600\n"
            "西区产业园 | 9000 | 8400 | 700 | 700\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["category"], m["year"]) for m in of(records, "money")}
    assert money["18000"] == (180000000.0, "financing", 2021)
    assert money["15200"] == (152000000.0, "financing", 2021)
    assert money["2100"] == (21000000.0, "financing", 2021)
    assert money["1600"] == (16000000.0, "financing", 2021)
    assert money["8400"] == (84000000.0, "financing", 2021)


def test_a_done_column_after_a_count_column_under_a_money_unit_line_is_no_money(nlp):
    text = ("下表为2021年度各园区专项资金审计情况(单位:万元):\n"
            "园区 | 安排资金 | 问题金额 | 问题个数 | 已整改\n"
            "东区产业园 | 18000 | 2100 | 6 | 4\n")
    _, records = extract(nlp, text)
    money = {m["text"] for m in of(records, "money")}
    assert {"18000", "2100"} <= money
    assert not {"6", "4"} & money


def test_a_table_of_cells_set_apart_by_spaced_slashes_gives_its_columns_kind_of_money_and_area(nlp):
    text = ("第二批签约项目(部分)\n项目名称 / 投资方 / 投资额 / 用地\n"
            "1. 新能源电池生产基地 / 江苏某电池企业 / 15亿元 / 180亩\n"
            "2. 冷链物流中心 / 香港某物流公司 / 6亿港元 / 90亩\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["currency"], m["category"]) for m in of(records, "money")}
    assert money["15亿元"] == (1500000000.0, "CNY", "investment")
    assert money["6亿港元"] == (600000000.0, "HKD", "investment")


def test_a_rate_per_mu_written_with_an_unspaced_slash_sets_no_cells_apart(nlp):
    from extractors.context import column_headers
    text = "地块  投资强度\n东区一号地块  300万元/亩以上\n"
    assert column_headers(text, text.index("300")) == (["地块", "投资强度"], 1)


def test_a_header_of_single_spaced_names_gives_its_column_to_rows_of_as_many_cells(nlp):
    text = ("重点招商项目一览表\n序号 项目名称 建设内容及规模 总投资 合作方式\n"
            "1  番茄酱加工项目 年加工番茄20万吨,用地120亩  3.2亿元 独资或合资\n"
            "2  保税仓储中心 仓储面积6万平方米  8500万美元 合资\n")
    _, records = extract(nlp, text)
    money = {m["text"]: (m["value"], m["currency"], m["category"]) for m in of(records, "money")}
    assert money["3.2亿元"] == (320000000.0, "CNY", "investment")
    assert money["8500万美元"] == (85000000.0, "USD", "investment")


def test_a_row_of_more_cells_than_a_single_spaced_header_takes_no_column(nlp):
    from extractors.context import column_headers
    text = "序号 项目名称 总投资\n1  番茄酱 加工项目 扩建  3.2亿元\n"
    assert column_headers(text, text.index("3.2")) == ([], None)


def test_a_bare_total_after_the_project_works_or_phase_its_sentence_names_has_no_year(nlp):
    text = ("2018-03-06 来源:江城日报\n记者:今年有哪些重点项目?\n答:今年全区共安排重点项目68个,计划总投资410亿元。"
            "其中比较大的有这么几个:\n一是国电投新能源汽车动力电池项目,落在九站园,总投资32亿元,今年上半年开工;\n"
            "2020年临港经济区完成一般公共预算收入46.94亿元。港池疏浚工程总投资18.6亿元,年内已完成投资6.2亿元。"
            "孵化园二期于2018年8月开工,总投资1.6亿元,建筑面积4.2万平方米。\n")
    goals = money_goals(nlp, text)
    assert goals[3200000000.0] == (False, None)
    assert goals[1860000000.0] == (False, None)
    assert goals[160000000.0] == (False, None)
    assert goals[620000000.0][1] is not None  # decoy: the spend of the year keeps a year


def test_a_bare_total_of_an_events_or_a_programmes_projects_keeps_its_year(nlp):
    text = ("开发区2023年工作总结\n天府新区2023年首批重大项目集中开工,总投资达1200亿元。"
            "此次集中开工项目共28个,总投资186.5亿元。今天开工的项目有16个,总投资98.2亿元。\n")
    goals = money_goals(nlp, text)
    assert goals[120000000000.0][1] == 2023
    assert goals[18650000000.0][1] == 2023
    assert goals[9820000000.0][1] == 2023

def test_a_parks_own_area_in_a_goal_sentence_is_its_size_no_goal(nlp):
    text = ("高新区今年计划完成固定资产投资120亿元,到2015年工业总产值力争突破1500亿元,"
            "并新建汽车零部件配套园,规划用地约8平方公里。")
    _, records = extract(nlp, text)
    areas = {a["text"]: a["target"] for a in of(records, "area")}
    assert areas["约8平方公里"] is False
    assert not [t for t in of(records, "target") if t["unit"] == "km2"]


def test_land_a_park_to_be_planned_takes_after_a_word_of_intent_is_no_goal(nlp):
    text = "两区已签订共建协议,拟在蚌埠高新区规划建设占地约3000亩的共建产业园,力争2020年建成。"
    _, records = extract(nlp, text)
    assert not [t for t in of(records, "target") if t["unit"] == "km2"]


def test_an_area_a_zone_is_to_add_stays_a_goal_beside_a_parks_own_area(nlp):
    text = "到2025年,支持雷甸工业园区扩区,新增规划用地5平方公里;力争园区规划面积扩大到80平方公里。"
    _, records = extract(nlp, text)
    assert {t["value"] for t in of(records, "target") if t["unit"] == "km2"} == {5.0, 80.0}
    assert all(a["target"] for a in of(records, "area"))


def test_a_part_after_qizhong_with_no_kind_word_of_its_own_is_other_and_undated(nlp):
    text = ("北京经开区是北京市唯一的国家级经济技术开发区，规划面积225平方公里，其中核心区46.8平方公里。"
            "2023年，新区规划面积114.7平方公里,其中陆域面积69平方公里。")
    _, records = extract(nlp, text)
    areas = {a["text"]: (a["kind"], a["year"]) for a in of(records, "area")}
    assert areas["225平方公里"][0] == "planned"
    assert areas["46.8平方公里"] == ("other", None)
    assert areas["69平方公里"] == ("other", None)


def test_a_part_after_qizhong_with_its_own_kind_word_takes_it(nlp):
    text = "开发区规划面积30平方公里,其中建成区面积12平方公里、工业用地8平方公里。"
    _, records = extract(nlp, text)
    kinds = {a["text"]: a["kind"] for a in of(records, "area")}
    assert kinds["12平方公里"] == "built"
    assert kinds["8平方公里"] == "land_use"


def test_the_blocks_of_a_zones_extent_after_qizhong_stay_planned(nlp):
    # decoy: parks and 片区 that together make up the extent are blocks of it
    text = ("高新区规划面积120平方公里,其中城北园24.8平方公里、长江埠化工园17.8平方公里。"
            "自贸区实施范围119.98平方公里,其中两江片区面积66.29平方公里。")
    _, records = extract(nlp, text)
    kinds = {a["text"]: a["kind"] for a in of(records, "area")}
    assert kinds["24.8平方公里"] == kinds["17.8平方公里"] == kinds["66.29平方公里"] == "planned"


def test_a_tasks_figure_takes_the_due_date_a_later_clause_of_its_sentence_sets(nlp):
    text = ("由金川区政府负责,在经开区生活区建设公租房800套,总投资2.4亿元,2017年底前建成。"
            "怀来县在园区周边建设人才公寓2000套,建筑面积12万平方米,2021年底前交付使用。")
    _, records = extract(nlp, text)
    targets = {t["value"]: t["year"] for t in of(records, "target") if t["unit"] == "count"}
    assert targets[800] == 2017
    assert targets[2000] == 2021


def test_a_projects_own_size_before_its_due_date_is_no_task_goal(nlp):
    # decoys: no task verb before the figure in its clause; a task already done; a due date in the figure's clause
    text = ("在西区建设租赁飞机维修基地,占地约300亩,计划总投资15亿元人民币,2019年底前建成投用。"
            "园区已建设标准厂房12万平方米,2019年底前全部交付。")
    _, records = extract(nlp, text)
    assert not [t for t in of(records, "target") if t["unit"] == "km2"]


def test_a_plan_named_in_a_reports_opening_sentence_makes_no_plan_of_it(nlp):
    # a report to a people's congress cites the plan it answers to in its first sentence: its results are no goals
    text = ("西吉县人民政府关于将台堡扶贫产业园建设情况的报告\n县人大常委会:\n"
            "根据县人大常委会2019年工作要点安排,现将我县将台堡扶贫产业园建设情况报告如下。\n"
            "一、主要做法\n园区推行“党支部+企业+合作社+贫困户”模式,组织技能培训46期。"
            "县上推行园区项目审批“容缺受理”,工业项目审批时限压缩至40个工作日以内。\n"
            "西吉县人民政府\n2019年11月12日\n")
    _, records = extract(nlp, text)
    assert not of(records, "target")


def test_a_plan_titled_notice_still_dates_its_goals(nlp):
    # decoy: the notice carrying a plan is its title, with no prose marks
    text = ("关于印发《2013年全市产业集聚区建设工作要点》的通知\n"
            "一、工作目标\n全市产业集聚区新开工亿元以上项目200个。\n")
    _, records = extract(nlp, text)
    assert [(t["value"], t["year"]) for t in of(records, "target")] == [(200.0, 2013)]


def test_a_fund_a_recommendation_asks_for_is_an_undated_goal(nlp):
    text = ("执法检查组关于检查《开发区条例》实施情况的报告\n"
            "2020年7月至8月,执法检查组分赴5市检查开发区21个。\n"
            "建议省财政每年安排开发区发展专项资金不少于10亿元,设立规模50亿元的省级开发区产业投资基金。\n")
    _, records = extract(nlp, text)
    funds = [t for t in of(records, "target") if t["value"] == 5e9]
    assert [t["year"] for t in funds] == [None]


def test_a_time_limit_dated_by_a_year_gone_by_is_a_result(nlp):
    text = ("银川经济技术开发区\n更新时间:2021年6月8日\n"
            "2019年,开发区完成“放管服”改革,企业开办时间压缩至1个工作日,工业项目审批时间压缩至30个工作日以内。\n")
    _, records = extract(nlp, text)
    assert not of(records, "target")


def test_a_time_limit_of_the_reports_year_stays_a_goal(nlp):
    # decoy: the year the text is of, or one to come, dates a limit still to reach
    text = ("银川经济技术开发区\n更新时间:2021年6月8日\n"
            "2021年,开发区深化“放管服”改革,工业项目审批时间压缩至30个工作日以内。\n")
    _, records = extract(nlp, text)
    assert [(t["value"], t["year"]) for t in of(records, "target")] == [(30.0, 2021)]


def test_the_counted_cases_a_reward_goes_to_are_no_goal(nlp):
    text = ("下半年,高新区力争全年新签约项目50个,完善招商引资考核激励办法,"
            "对上半年招商成效突出的3个招商小分队给予通报表扬,对工作推进不力的进行约谈。")
    _, records = extract(nlp, text)
    # decoy: the goal in its own clause stays
    assert [t["value"] for t in of(records, "target")] == [50.0]


def test_an_roc_programmes_jihua_names_it_and_states_no_goal(nlp):
    text = ("科技部新竹科学园区管理局新闻稿\n民国103年12月\n"
            "宝山用地扩建计划新增产业用地约31公顷,已于103年完成征收,土地取得费用新台币62亿元。"
            "台中园区扩建二期计划开发面积约29公顷,总经费新台币58亿元,提供半导体先进制程厂商设厂用地。\n")
    _, records = extract(nlp, text)
    assert not [t for t in of(records, "target") if t["unit"] == "km2"]


def test_spending_on_a_task_and_the_size_it_builds_take_the_due_date_after_them(nlp):
    for text, value, year in (("城北污水处理厂一期工程投资3.8亿元,2022年底前建成投运;", 380000000, 2022),
                              ("由永昌县政府负责,投资3200万元对污水处理厂进行提标改造,2017年6月底前完成。", 32000000, 2017),
                              ("怀来县在园区周边建设人才公寓2000套,建筑面积12万平方米,2021年底前交付使用。", 0.12, 2021)):
        _, records = extract(nlp, text)
        assert {t["value"]: t["year"] for t in of(records, "target")}[value] == year


def test_a_projects_own_total_before_its_due_date_keeps_no_year(nlp):
    # decoy: 总投资 is the project's own size, not spending on a task; a floor area with no task before it
    text = ("社棠工业园区正在规划建设社棠装备制造孵化园,计划总投资3.2亿元,2023年底前建成投用。\n"
            "该项目位于园区东侧,建筑面积5万平方米,2023年底前建成投用。\n"
            "依托物流园建设枸杞科技创新中心,总建筑面积2.2万平方米,计划总投资1.6亿元,2023年底前建成投用。")
    _, records = extract(nlp, text)
    assert not [t for t in of(records, "target") if t["year"] == 2023]


# GUIDE (round 53g): a park named after partner nations opens its name with the pair; a province before it is no part
@pytest.mark.parametrize("text", [
    "另据统计,广西中马钦州产业园区内的钦州综保区B区前三季度进出口值41.7亿元。",  # the province's short form: dropped
    "有关于中国广西中马钦州产业园区投资建设新能源电池材料生产基地。",  # the country and the province: an address
    "广西壮族自治区中马钦州产业园区前三季度进出口值41.7亿元。",  # the province in full: dropped
    "中马钦州产业园区前三季度进出口值41.7亿元。",
])
def test_a_partner_nations_park_after_a_province_in_full_or_its_country_keeps_its_own_name(nlp, text):
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {"中马钦州产业园区"}


def test_a_tables_park_column_names_one_park_a_row_whatever_names_it(nlp):
    text = ("表2 2024年一季度汽开区各园区主要指标\n"
            "园区名称                规划面积(平方公里)  规上工业产值(亿元)  同比增长(%)\n"
            "汽车零部件产业园             8.5              212.4            7.6\n"
            "汽车物流园                   3.2              18.7             4.1\n"
            "排名  园区名称                    所在区   综合得分  2021年总收入(亿元)\n"
            "3     京西智谷                    门头沟区81.5      310\n"
            "4     中关村朝阳园                朝阳区   80.3      2260\n"
            "汽车物流园完成货物吞吐量215万吨。\n")
    _, records = extract(nlp, text)
    names = set(zones_of(records))
    assert {"汽车零部件产业园", "汽车物流园", "中关村朝阳园"} <= names
    assert "京西智谷" not in names  # decoy: a district, no park word


def test_a_park_column_cell_holding_a_zone_is_the_park_and_other_columns_are_not(nlp):
    text = ("序号 孵化器名称         所在园区          孵化场地面积(平方米) 在孵企业(家)\n"
            "1  上海张江科创孵化器     张江高科技园区       23500       86\n"
            "2  临港新片区智能制造孵化器  临港新片区先进制造业产业园  18600       52\n")
    _, records = extract(nlp, text)
    names = set(zones_of(records))
    assert {"张江高科技园区", "临港新片区先进制造业产业园"} <= names
    assert not any("孵化器" in n for n in names)  # decoy: the incubators' own column


@pytest.mark.parametrize("text", [
    "园区名称  规划面积\n其他园区  12.0\n",  # decoy: a collective, no park's name
    "园区名称  规划面积\n2024年园区  12.0\n",  # decoy: no Han name
])
def test_a_park_column_cell_naming_no_park_is_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert not zones_of(records)


def test_a_park_column_cell_without_its_towns_mark_is_the_towns_park(nlp):
    text = ("新哨镇蔬菜加工园区建成标准化厂房4.5万平方米。\n"
            "乡镇    园区名称          占地面积(亩)  入驻企业(家)\n"
            "新哨镇  新哨蔬菜加工园区      650           9\n")
    _, records = extract(nlp, text)
    assert "新哨蔬菜加工园区" not in zones_of(records)


def test_a_processing_park_written_right_after_its_host_zone_is_named_with_it(nlp):
    text = "湄潭县拟以湄潭经济开发区农产品加工园和核心区为主体申报农业高新技术产业示范区。"
    _, records = extract(nlp, text)
    assert "湄潭经济开发区农产品加工园" in zones_of(records)


@pytest.mark.parametrize("text", [
    "在岭北镇建设农产品加工园,规划用地600亩,引进农产品加工企业15家。",  # after a town: a park a plan is to build
    "并建设占地2.5平方公里的“台湾农渔产品加工园”。",
    "大力发展农产品加工园。",
])
def test_a_processing_park_not_after_its_host_zone_is_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert not any(n.endswith("加工园") for n in zones_of(records))


def test_a_bonded_logistics_centre_named_after_its_host_zone_is_a_zone(nlp):
    text = "通关:设有肇庆高新区保税物流中心(B型),占地约0.35平方公里,2022年进出口总额约人民币86亿元。"
    _, records = extract(nlp, text)
    assert "肇庆高新区保税物流中心" in zones_of(records)


@pytest.mark.parametrize("text", [
    "我们也在规划建设商丘保税物流中心。",  # a facility being planned, after a place alone
    "区内保税物流中心已封关运行。",
    "新建冷链物流中心一座。",
])
def test_a_logistics_centre_not_after_its_host_zone_is_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert not zones_of(records)

def test_jihua_after_a_programme_word_outside_an_roc_text_stays_a_goal_word(nlp):
    # decoy: in a mainland text 扩建计划 reads 扩建, planning to; an ROC text's goal elsewhere stays
    _, records = extract(nlp, "2023年,园区扩建计划新增产业用地约30公顷。")
    assert [t["value"] for t in of(records, "target")] == [0.3]
    text = ("科技部新竹科学园区管理局新闻稿\n民国103年12月\n"
            "园区管理局表示,明年预计核准新投资案40件以上,投资金额不低于新台币800亿元。\n")
    _, records = extract(nlp, text)
    assert 40.0 in [t["value"] for t in of(records, "target")]

def test_a_border_zones_trade_with_a_partner_country_is_an_industry(nlp):
    text = ("边合区重点发展俄罗斯木材深加工、大豆精深加工和跨境电子商务。"
            "黑河边境经济合作区重点发展对俄进出口加工、跨境物流和生物质能源。")
    _, records = extract(nlp, text)
    names = {i["name"] for i in of(records, "industry")}
    assert {"俄罗斯木材深加工", "对俄进出口加工", "跨境物流"} <= names


def test_a_partner_country_alone_or_before_a_non_name_is_no_industry(nlp):
    # decoys: the country alone is no trade; 经贸合作 reads as no industry's name
    text = "开发区重点发展俄罗斯、跨境物流和生物质能源。口岸园区重点发展对俄经贸合作、跨境物流和冷链物流。"
    _, records = extract(nlp, text)
    names = {i["name"] for i in of(records, "industry")}
    assert not [n for n in names if "俄" in n]
    assert {"跨境物流", "冷链物流"} <= names


def test_precision_parts_after_ji_stay_one_industry(nlp):
    text = "安徽灵璧经济开发区以轴承及精密零部件、新型建材、食品加工为主导产业。"
    _, records = extract(nlp, text)
    names = {i["name"] for i in of(records, "industry")}
    assert "轴承及精密零部件" in names and "轴承" not in names and "精密零部件" not in names


def test_a_pair_of_two_industries_joined_by_ji_still_names_two(nlp):
    # decoy: a vehicle's parts after another industry are no parts of it (GUIDE's pair rule)
    text = "园区以智能电网及新能源汽车零部件为主导产业。"
    _, records = extract(nlp, text)
    assert {i["name"] for i in of(records, "industry")} == {"智能电网", "新能源汽车零部件"}


def test_after_market_services_and_modified_fibres_are_list_items(nlp):
    text = ("汽开区以汽车及零部件为主导产业,重点发展新能源汽车、智能网联汽车和汽车后市场服务。"
            "化纤产业园重点发展粘胶短纤维、差别化纤维和纺织服装。")
    _, records = extract(nlp, text)
    names = {i["name"] for i in of(records, "industry")}
    assert {"汽车后市场服务", "差别化纤维", "粘胶短纤维"} <= names


def test_a_modified_fibres_capacity_names_no_industry(nlp):
    # decoy: a product's capacity outside any list of industries
    text = "到2013年末,差别化纤维生产能力力争达到240万吨。"
    _, records = extract(nlp, text)
    assert not of(records, "industry")


def test_a_start_area_said_built_right_after_its_figure_is_built(nlp):
    text = ("武汉未来科技城规划面积66.8平方公里,一期起步区10.3平方公里已基本建成。"
            "园区一期起步区8.5平方公里的基础设施已基本建成。"
            "合作区由天津泰达投资控股有限公司主导开发,起步区1.34平方公里早已开发完毕。"
            "生态城规划面积约30平方公里,其中起步区面积4平方公里已基本建成。")
    _, records = extract(nlp, text)
    kinds = {a["text"]: a["kind"] for a in of(records, "area")}
    assert kinds["66.8平方公里"] == kinds["约30平方公里"] == "planned"
    assert kinds["10.3平方公里"] == kinds["8.5平方公里"] == kinds["1.34平方公里"] == kinds["4平方公里"] == "built"


def test_a_start_area_to_be_built_or_a_planned_extent_said_built_keeps_its_kind(nlp):
    # decoys: a start area whose building is a goal in a later clause; a planned extent, no phase
    text = "园区规划面积12.8平方公里,其中起步区3.2平方公里,力争2025年基本建成。开发区规划面积30平方公里已基本建成。"
    _, records = extract(nlp, text)
    kinds = {a["text"]: a["kind"] for a in of(records, "area")}
    assert kinds["3.2平方公里"] == "other"
    assert kinds["30平方公里"] == "planned"


def test_a_countys_land_area_is_administered_and_land_bought_is_in_use(nlp):
    text = ("湄潭县位于遵义市东部,国土面积1864平方公里,辖9镇6街道。全县总面积2893平方公里,辖23个乡镇。"
            "公司2014年在高新区购地约4公顷,一期厂房约1.8万平方米。")
    _, records = extract(nlp, text)
    kinds = {a["text"]: a["kind"] for a in of(records, "area")}
    assert kinds["1864平方公里"] == kinds["2893平方公里"] == "administered"
    assert kinds["约4公顷"] == "land_use"
    assert kinds["约1.8万平方米"] == "other"


def test_a_total_area_of_no_county_keeps_no_administered_kind(nlp):
    # decoy: a bare 总面积 of a zone's plots is no county's
    text = "合心工业园3宗工业用地挂牌出让,总面积约236亩。"
    _, records = extract(nlp, text)
    assert all(a["kind"] != "administered" for a in of(records, "area"))


def test_a_list_ends_at_chanye_de_after_its_last_name(nlp):
    text = "亦怀产业园重点承接新一代信息技术、高端装备和生物医药产业的生产制造环节,选址在怀来经开区东区。"
    _, records = extract(nlp, text)
    assert {i["name"] for i in of(records, "industry")} == {"新一代信息技术", "高端装备", "生物医药"}


def test_what_of_the_industries_after_chanye_de_is_no_item(nlp):
    # decoy: the services of an industry after 产业的 are no items of the list
    text = "园区重点发展新材料、电子信息产业的研发设计和检测认证。"
    _, records = extract(nlp, text)
    assert {i["name"] for i in of(records, "industry")} == {"新材料", "电子信息"}


def test_land_a_zone_plans_to_supply_is_land_in_use(nlp):
    text = "今年下半年,横琴合作区计划供应产业用地80公顷,南沙经开区计划供应210公顷,前海合作区计划供应35公顷。"
    _, records = extract(nlp, text)
    kinds = {a["text"]: a["kind"] for a in of(records, "area")}
    assert kinds["210公顷"] == kinds["35公顷"] == kinds["80公顷"] == "land_use"


def test_floor_space_a_zone_plans_to_supply_is_no_land(nlp):
    # decoy: buildings offered are floor space, other
    text = "园区计划供应标准厂房20万平方米。"
    _, records = extract(nlp, text)
    assert [a["kind"] for a in of(records, "area")] == ["other"]


def test_the_extent_a_zone_is_expanded_to_is_planned(nlp):
    text = "支持哈尔滨经济技术开发区扩区至65平方公里左右,支持大庆高新区调整区位。"
    _, records = extract(nlp, text)
    assert [a["kind"] for a in of(records, "area")] == ["planned"]


def test_an_area_built_after_an_expansion_keeps_its_kind(nlp):
    # decoy: a built figure in the clause after the expansion's
    text = "开发区2019年扩区,建成区面积12平方公里。"
    _, records = extract(nlp, text)
    assert [a["kind"] for a in of(records, "area")] == ["built"]

def test_a_park_named_only_in_its_projects_name_gives_its_figures_to_the_zone_its_site_names(nlp):
    text = ("2024年省政府专项债券项目信息披露文件\n"
            "——安徽灵璧经济开发区智能制造产业园标准化厂房及配套基础设施建设项目\n\n"
            "一、项目基本情况\n"
            "项目名称:安徽灵璧经济开发区智能制造产业园标准化厂房及配套基础设施建设项目\n"
            "建设地点:安徽灵璧经济开发区(以下简称灵璧经开区)北区,东至磬云路,西至钟馗大道\n"
            "建设内容:项目规划用地320亩,总建筑面积21.6万平方米。\n"
            "项目总投资8.96亿元,其中工程费用6.82亿元。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    assert zones["320亩"] == zones["8.96亿元"] == "安徽灵璧经济开发区"


def test_a_park_with_figures_of_its_own_keeps_its_projects_figures(nlp):
    # decoy: the park is also named as a place of its own (its own area), not only inside a project's name
    text = ("2024年省政府专项债券项目信息披露文件\n"
            "——安徽灵璧经济开发区智能制造产业园标准化厂房及配套基础设施建设项目\n\n"
            "一、项目基本情况\n"
            "项目名称:安徽灵璧经济开发区智能制造产业园标准化厂房及配套基础设施建设项目\n"
            "建设地点:安徽灵璧经济开发区(以下简称灵璧经开区)北区,东至磬云路,西至钟馗大道\n"
            "安徽灵璧经济开发区智能制造产业园规划面积3平方公里,已入驻企业12家。\n"
            "建设内容:项目规划用地320亩,总建筑面积21.6万平方米。\n"
            "项目总投资8.96亿元,其中工程费用6.82亿元。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    assert zones["8.96亿元"] == "安徽灵璧经济开发区智能制造产业园"


def test_a_zone_founded_under_the_name_of_one_it_merges_takes_the_clauses_after(nlp):
    # the founded zone is named first among the merged ones; the zone named last before the figure is the founded one
    text = ("黑龙江省人民政府关于推进全省开发区整合优化提升的意见\n"
            "(三)推进区域内整合。以国家级开发区为主体,对同一市县内空间相邻、产业相近的开发区实施整合。\n"
            "2.整合哈尔滨高新技术产业开发区(哈尔滨高新区)与哈尔滨松北工业园区,设立哈尔滨高新技术产业开发区,"
            "整合后总面积约62平方公里。\n"
            "支持哈尔滨高新区建设哈尔滨机器人产业园。")
    _, records = extract(nlp, text)
    [area] = of(records, "area")
    assert area["zone"] == "哈尔滨高新技术产业开发区"


def test_a_zone_merged_into_another_before_the_figure_does_not_take_it(nlp):
    # decoy: the last zone before the figure is one merged, with no founding verb: no zone from the rule
    text = ("黑龙江省人民政府关于推进全省开发区整合优化提升的意见\n"
            "(三)推进区域内整合。以国家级开发区为主体,对同一市县内空间相邻、产业相近的开发区实施整合。\n"
            "2.设立哈尔滨高新技术产业开发区(哈尔滨高新区),整合哈尔滨松北工业园区,整合后总面积约62平方公里。\n"
            "支持哈尔滨高新区建设哈尔滨机器人产业园。")
    _, records = extract(nlp, text)
    [area] = of(records, "area")
    assert area["zone"] != "哈尔滨松北工业园区"


MERGE_PLAN_HEAD = ("黑龙江省人民政府关于推进全省开发区整合优化提升的意见\n"
                   "(三)推进区域内整合。以国家级开发区为主体,对同一市县内空间相邻、产业相近的开发区实施整合。\n")


def test_a_zone_opening_a_merge_takes_the_clauses_after_the_zones_it_absorbs(nlp):
    text = MERGE_PLAN_HEAD + (
        "1.哈尔滨经济技术开发区整合哈尔滨利民经济技术开发区、哈尔滨平房工业园区,整合后核准面积48.6平方公里,"
        "主导产业为汽车及零部件。\n"
        "5.牡丹江经济开发区(原牡丹江工业园区)整合牡丹江穆棱经济开发区,核准面积1860公顷。")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] != "zone"}
    assert zones["48.6平方公里"] == zones["汽车及零部件"] == "哈尔滨经济技术开发区"
    assert zones["1860公顷"] == "牡丹江经济开发区"


def test_zones_merged_together_with_none_absorbing_give_the_figure_none(nlp):
    # decoy: the first zone is merged with the others (与…整合), no zone absorbs them
    text = MERGE_PLAN_HEAD + "1.哈尔滨经济技术开发区与哈尔滨利民经济技术开发区、哈尔滨平房工业园区整合,整合后核准面积48.6平方公里。"
    _, records = extract(nlp, text)
    [area] = of(records, "area")
    assert area["zone"] is None


def test_a_zone_merged_into_in_quotes_takes_the_clauses_after(nlp):
    text = "大连市政府今年6月公布的园区整合方案提出,花园口将与庄河工业园区整合为「庄河经济开发区」,整合后规划面积压减至68平方公里。"
    _, records = extract(nlp, text)
    [area] = of(records, "area")
    assert area["zone"] == "庄河经济开发区"


def test_the_sentences_after_a_paragraph_founds_a_zone_describe_its_blocks(nlp):
    text = ("浙江省商务厅关于公布开发区整合提升方案的通知\n"
            "(二)上虞区。整合浙江上虞经济开发区与上虞区曹娥江工业园区,设立“浙江上虞曹娥江经济开发区”"
            "(以下简称“曹娥江经开区”),规划面积42.3平方公里。其中,杭州湾区块(原浙江上虞经济开发区)面积31.5平方公里;"
            "曹娥江区块(原曹娥江工业园区)面积10.8平方公里,重点发展高端装备和现代物流。杭州湾区块已建成面积24.6平方公里。\n"
            "(四)龙游县。整合浙江龙游经济开发区、龙游县城北工业园区,保留“浙江龙游经济开发区”名称,规划面积21.3平方公里。"
            "当年完成工业投资58.6亿元。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    assert zones["10.8平方公里"] == zones["24.6平方公里"] == "浙江上虞曹娥江经济开发区"
    assert zones["21.3平方公里"] == zones["58.6亿元"] == "浙江龙游经济开发区"


def test_a_zone_founded_in_a_paragraph_does_not_reach_the_next(nlp):
    # decoy: the founding paragraph ends; the next paragraph's block is not given the founded zone
    text = ("浙江省商务厅关于公布开发区整合提升方案的通知\n"
            "(二)上虞区。整合浙江上虞经济开发区与上虞区曹娥江工业园区,设立“浙江上虞曹娥江经济开发区”,规划面积42.3平方公里。\n"
            "(五)调出区块。全省共调出零散地块1.26平方公里。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] == "area"}
    assert zones["1.26平方公里"] != "浙江上虞曹娥江经济开发区"


def test_a_lot_located_in_a_zone_and_later_in_its_park_is_the_parks(nlp):
    text = ("标的名称:某精细化工有限公司名下位于山东淄川经济开发区(以下简称淄川经开区)的工业用地使用权、地上建筑物\n"
            "起拍价:¥34,036,600评估价:¥48,623,700\n"
            "一、拍卖标的\n"
            "1.国有建设用地使用权:土地面积33,350平方米,用途为工业用地。\n"
            "二、标的物现状\n"
            "1.标的物所在的淄川经开区精细化工产业园为山东省第三批认定化工园区。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    assert zones["33,350平方米"] == zones["¥34,036,600"] == "淄川经开区精细化工产业园"


def test_a_lot_located_in_a_zone_whose_park_is_named_otherwise_stays_the_zones(nlp):
    # decoy: the park is named, but not as where the lot lies
    text = ("标的名称:某精细化工有限公司名下位于山东淄川经济开发区(以下简称淄川经开区)的工业用地使用权、地上建筑物\n"
            "起拍价:¥34,036,600评估价:¥48,623,700\n"
            "一、拍卖标的\n"
            "1.国有建设用地使用权:土地面积33,350平方米,用途为工业用地。\n"
            "二、区位概况\n"
            "1.淄川经开区精细化工产业园为山东省第三批认定化工园区。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] == "area"}
    assert zones["33,350平方米"] == "山东淄川经济开发区"

@pytest.mark.parametrize("text, goals", [
    # a deadline opening a sentence inside the paragraph, after its opening, is another horizon: a span in the
    # sentence after counts from the report's date (GUIDE: 2023 + 3), though 2025 would fit the three years
    ("2023-06-08 15:20\n\n张建华:今年,我们力争引进各类人才5000人以上。到2025年,开发区人才总量达到5万人。"
     "三年内,我们还将建成人才公寓2000套,总建筑面积约12万平方米。", {(5000, 2023), (50000, 2025), (2000, 2026)}),
    # decoy: the same deadline opening the paragraph ends the span (2023 + 3 − 1)
    ("2023-06-08 15:20\n\n到2025年,开发区人才总量达到5万人。三年内,我们还将建成人才公寓2000套,总建筑面积约12万平方米。",
     {(50000, 2025), (2000, 2025)}),
])
def test_a_deadline_opening_a_sentence_inside_its_paragraph_ends_no_span_after_it(nlp, text, goals):
    found = {(round(t["value"], 6), t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert goals <= found and all(y == dict(goals).get(v, y) for v, y in found)


@pytest.mark.parametrize("text, goals", [
    # 年内 opening a clause after a later deadline is this year's task (GUIDE: 年内 → the report's year)
    ("2023年5月1日\n今年计划引进高原食品企业20家以上,到2025年高原特色食品产业产值力争达到100亿元,年内新建标准化厂房"
     "不少于5万平方米。", {(20, 2023), (1e10, 2025), (0.05, 2023)}),
    # decoy: 年内 after the figure dates when the work starts, not the figure, which keeps the deadline
    ("2023年5月1日\n到2025年,园区产值力争达到100亿元,新建标准化厂房不少于5万平方米,年内开工。",
     {(1e10, 2025), (0.05, 2025)}),
])
def test_within_the_year_opening_a_clause_after_a_later_deadline_is_the_reports_year(nlp, text, goals):
    found = {(round(t["value"], 6), t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert goals <= found and all(y == dict(goals).get(v, y) for v, y in found)


@pytest.mark.parametrize("text, goals", [
    # a fund its own sentence says is to be set up by this year's end is this year's, over the span carried from
    # the sentence before (GUIDE: a time word of the fund's own sentence), with no 将 before 设立
    ("2023-06-08 15:20\n\n张建华:我们计划三年内新增上市企业5家。开发区还与宁夏国有投资运营集团共同设立规模5亿元的"
     "上市培育基金,首期规模2亿元,今年年底前完成设立。", {(5, 2026), (5e8, 2023), (2e8, 2023)}),
    # decoy: no due time in its sentence, the year carried stays
    ("2023-06-08 15:20\n\n张建华:我们计划三年内新增上市企业5家。开发区还与宁夏国有投资运营集团共同设立规模5亿元的"
     "上市培育基金,首期规模2亿元。", {(5, 2026), (5e8, 2026), (2e8, 2026)}),
])
def test_a_fund_due_by_this_years_end_in_its_own_sentence_is_this_years(nlp, text, goals):
    found = {(round(t["value"], 6), t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert goals <= found and all(y == dict(goals).get(v, y) for v, y in found)


@pytest.mark.parametrize("text, goals", [
    # a planned spend whose own clause opens on 今年 is this year's spending; the completion year after it dates the
    # projection after the works, not the spend
    ("2024年3月5日\n今年宜城经开区计划投资15亿元建设冷链物流园,规划用地800亩,预计2025年建成,建成后年交易额可达50亿元。",
     {(1.5e9, 2024), (5e9, 2025)}),
    # decoy: with no time before it, the time the works are due dates the spend (GUIDE 29g)
    ("2024年3月5日\n宜城经开区计划投资15亿元建设冷链物流园,规划用地800亩,预计2025年建成,建成后年交易额可达50亿元。",
     {(1.5e9, 2025), (5e9, 2025)}),
])
def test_a_planned_spend_dated_in_its_own_clause_keeps_that_year_over_a_completion_after_it(nlp, text, goals):
    found = {(round(t["value"], 6), t["year"]) for t in of(extract(nlp, text)[1], "target")}
    assert goals <= found and all(y == dict(goals).get(v, y) for v, y in found)


@pytest.mark.parametrize("text, year", [
    # 第四季度 after a stated year is that year's quarter, not a part of the current year: 全年 restates 2011
    ("2012年3月1日\n受国内外市场影响,2011年第四季度开发区工业投资同比下降8.3%,甘河工业园区电解铝项目因电价上调,"
     "全年实际完成投资较计划减少12.6亿元。", 2011),
    ("2012年3月1日\n2011年前三季度开发区工业投资同比下降8.3%,全年实际完成投资12.6亿元。", 2011),
    # decoy: a quarter with no year before it is of the report's year
    ("2012年3月1日\n四季度开发区工业投资同比下降8.3%,全年实际完成投资12.6亿元。", 2012),
])
def test_a_quarter_after_a_stated_year_is_that_years(nlp, text, year):
    assert money_by_text(extract(nlp, text)[1])["12.6亿元"] == (False, year)


REVIEW_2024 = "漳州高新技术产业开发区\n2024年度发展报告\n\n漳州高新技术产业开发区管理委员会\n二〇二五年一月\n\n"


@pytest.mark.parametrize("text, years", [
    # a result's 年内 in a report on one year's results written after it is the year reported on
    (REVIEW_2024 + "三、主要工作成效\n\n（六）开放合作纵深推进。厦漳协同创新产业园规划面积2.4平方公里,年内新入驻企业18家,"
     "实现产值14.2亿元。", {"14.2亿元": 2024}),
    # decoy: a goal's 年内 under the next year's plan is the report's own year
    (REVIEW_2024 + "五、2025年工作思路\n\n力争年内新增标准厂房投资5亿元。", {"5亿元": 2025}),
    # decoy: a report titled with no year reviewed counts 年内 from its date
    ("漳州高新区发展情况\n\n二〇二五年一月\n\n厦漳协同创新产业园年内新入驻企业18家,实现产值14.2亿元。", {"14.2亿元": 2025}),
])
def test_a_results_within_the_year_in_a_report_on_a_year_is_the_year_reported_on(nlp, text, years):
    found = money_by_text(extract(nlp, text)[1])
    assert {k: found[k][1] for k in years} == years

def test_a_clusters_size_in_yuan_is_output(nlp):
    # GUIDE round 50g: 集群规模, a cluster said to reach an amount, and the cluster-size bar of a count goal are output
    text = ("2011年,全市将有8个产业集群达到100亿元规模以上,其中,光伏产业集群将达200亿元以上。"
            "到2015年,100亿元以上的产业集群将达到15个,其中产业集群规模1000亿元以上的为2个,200亿元以上的为11个。"
            "三年内,全市要打造袜业纺织、装备制造两个百亿元产业集群。"
            "到2025年,力争营业收入突破1万亿元,智能电网产业集群达到2000亿元。"
            "醴陵经开区今年技工贸总收入四百亿元,陶瓷产业集群突破三百个亿。")
    _, records = extract(nlp, text)
    categories = {m["text"]: m["category"] for m in of(records, "money")}
    assert categories["100亿元"] == categories["200亿元以上"] == categories["100亿元以上"] == "output"
    assert categories["1000亿元以上"] == categories["百亿元"] == categories["2000亿元"] == "output"
    assert categories["突破三百个亿"] == "output"
    assert categories["突破1万亿元"] == categories["四百亿元"] == "revenue"


def test_a_clusters_revenue_stays_revenue(nlp):
    # decoys: an amount the text words as the cluster's 营业收入 / 销售收入, named before it or in the clause before
    text = ("2023年医疗器械产业集群实现营业收入近240亿元,国内市场占有率约20%。"
            "培育主营业务收入超100亿元的产业集群4个、超50亿元的产业集群8个。"
            "其中,清河羊绒产业集群到2012年销售收入达到200亿元,安平丝网产业集群达到150亿元。"
            "全市产业集聚区主营业务收入力争突破4000亿元,形成3个超500亿元的产业集群。")
    _, records = extract(nlp, text)
    categories = {m["text"]: m["category"] for m in of(records, "money")}
    assert categories["近240亿元"] == categories["超100亿元"] == categories["超50亿元"] == "revenue"
    assert categories["200亿元"] == categories["150亿元"] == categories["超500亿元"] == "revenue"


def test_a_platform_companys_financing_has_zone_null(nlp):
    # GUIDE round 50g: what a zone's platform company raises, borrows or is lent is its own (zone null)
    text = ("海东工业园区管委会推进改革。平台公司负责园区基础设施建设、标准化厂房建设运营和产业投资,计划到2022年融资规模达到50亿元。"
            "湘潭高新技术产业开发区推动园区平台公司发行中期票据,规模控制在30亿元以内。"
            "天津北辰经济技术开发区推行“管委会+公司”运营模式,北辰经开区投资开发公司今年完成混改,引入战略投资者增资15亿元。"
            "南阳新能源产业集聚区的投融资平台——南阳鑫众投资公司,注册资金5000万元,与信用联社达成了6亿元的授信协议。")
    _, records = extract(nlp, text)
    zones = {m["text"]: m["zone"] for m in of(records, "money")}
    assert zones["50亿元"] is None and zones["30亿元以内"] is None
    assert zones["15亿元"] is None and zones["6亿元"] is None


def test_a_platform_companys_accounts_after_gai_gongsi_and_in_a_goal_have_zone_null(nlp):
    text = ("粤澳合作中医药科技产业园位于横琴。园区由粤澳中医药科技产业园开发有限公司负责开发营运,该公司注册资本人民币50亿元。"
            "山东淄川经济开发区实行“管委会+公司”运营模式,由淄川经开区投资发展集团负责园区开发建设,该集团资产规模约45亿元。"
            "大庆高新技术产业开发区推进“管委会+公司”改革,高新区投资集团资产规模力争达到600亿元。"
            "辛集经济开发区组建辛集经开区发展集团有限公司,注册资本5亿元。")
    _, records = extract(nlp, text)
    zones = {m["text"]: m["zone"] for m in of(records, "money")}
    assert zones["人民币50亿元"] is None and zones["约45亿元"] is None and zones["5亿元"] is None
    assert zones["600亿元"] is None
    assert all(t["zone"] is None for t in of(records, "target") if "600亿元" in t["text"])


def test_a_zones_own_debts_and_a_projects_public_bonds_keep_the_zone(nlp):
    # decoys: a government's bond funding a platform's project, a 管委会's debt with its platforms, the zone's own
    # financing
    text = ("沧州高新技术产业开发区位于河北。本项目业主为沧州高新区城市建设投资有限公司,建设资金来自地方政府专项债券资金和业主自筹,"
            "其中专项债券资金4.8亿元,业主自筹资金1.35亿元。"
            "宁东能源化工基地管委会及所属3家平台公司债务余额达到296.5亿元,其中当年到期债务32亿元。"
            "西安高新技术产业开发区全年争取银行贷款80亿元。")
    _, records = extract(nlp, text)
    zones = {m["text"]: m["zone"] for m in of(records, "money")}
    assert zones["4.8亿元"] == zones["1.35亿元"] == "沧州高新技术产业开发区"
    assert zones["296.5亿元"] is not None and zones["32亿元"] is not None
    assert zones["80亿元"] == "西安高新技术产业开发区"


def test_a_table_of_companies_accounts_has_zone_null(nlp):
    # GUIDE round 50g: a rating report's peer table of platforms with their zones; an annual report's subsidiaries
    text = ("延吉高新技术产业开发区信用评级报告\n七、同业比较\n表3 同类开发区平台企业主要指标比较(2022年,单位:亿元)\n"
            "企业名称　所在园区　资产总额　全部债务　营业总收入　主体等级\n"
            "延吉高新集团　延吉高新区　221.36　94.60　15.93　AA\n"
            "长春新区发展集团　长春新区　1,826.50　986.20　86.42　AAA\n\n"
            "十、主要控股子公司情况(单位:万元)\n\n公司名称  所在地  注册资本  总资产  营业收入  净利润\n"
            "沈阳华锐热管理系统有限公司  沈阳经开区  50,000  412,630  248,015  21,863\n")
    _, records = extract(nlp, text)
    money = of(records, "money")
    assert {m["text"] for m in money} >= {"221.36", "1,826.50", "412,630"}
    assert all(m["zone"] is None for m in money)


def test_a_table_of_firms_investment_keeps_its_rows_zones(nlp):
    # decoy: a header with a company column but no account column: a list of projects by zone
    text = ("长春新区2023年重点项目\n二、重点项目\n企业名称  所在园区  投资额(亿元)\n"
            "某汽车零部件公司  长春新区  12.5\n")
    _, records = extract(nlp, text)
    assert [m["zone"] for m in of(records, "money") if m["text"] == "12.5"] == ["长春新区"]


def test_a_link_title_with_a_quarter_and_no_year_is_undated(nlp):
    # GUIDE round 50g: the linked article's date is not given, so 一季度 / 第四季度 in its title dates nothing
    text = ("襄阳高新区2024年工作报告\n2024年,襄阳高新区实现规上工业产值2350亿元。\n\n【相关阅读】\n"
            "· 襄阳高新区一季度签约项目38个 总投资426亿元\n· 射洪经开区举行第四季度重大项目集中开工 总投资45亿元\n")
    _, records = extract(nlp, text)
    years = {m["text"]: m["year"] for m in of(records, "money")}
    assert years["426亿元"] is None and years["45亿元"] is None
    assert years["2350亿元"] == 2024


def test_a_link_title_with_its_year_or_date_stays_dated(nlp):
    # decoys: a title writing its year, or its date beside it, dates its figures
    text = ("贵阳高新区2019年工作报告\n2019年,贵阳高新区实现营业收入1200亿元。\n\n【相关阅读】\n"
            "· 廊坊临空经济区2021年签约项目23个 总投资186亿元\n"
            "· 贵阳高新区上半年到位资金52亿元 创新主体持续壮大 (2019-07-22)\n")
    _, records = extract(nlp, text)
    years = {m["text"]: m["year"] for m in of(records, "money")}
    assert years["186亿元"] == 2021 and years["52亿元"] == 2019


def test_a_bare_gongsi_after_a_platform_company_points_back_to_it(nlp):
    # GUIDE round 50g: 公司 in a goal after the platform named, a platform named 投融资平台, a list led by a platform
    text = ("湘阴高新技术产业开发区推行“管委会+公司”运营模式,组建湘阴园区开发建设投资有限公司,注册资本20亿元,"
            "力争三年内公司资产规模达到150亿元、取得AA信用评级,有息负债余额控制在60亿元以内。"
            "湖北浠水经济开发区创新融资方式,积极争取银行授信20亿元,组建园区投融资平台,注册资本金2亿元。"
            "海东工业园区将原乐都工业园区开发建设有限公司等4家公司整合并入,合并后资产总额约86亿元。")
    _, records = extract(nlp, text)
    zones = {m["text"]: m["zone"] for m in of(records, "money")}
    assert zones["150亿元"] is None and zones["60亿元以内"] is None
    assert zones["2亿元"] is None and zones["约86亿元"] is None
    assert zones["20亿元"] == "湖北浠水经济开发区"  # decoy: the zone's own credit, before its platform is set up


def test_companies_counted_after_a_platform_are_other_companies(nlp):
    # decoy: money lent to firms by the small-loan companies counted after a platform stays the zone's
    text = ("南阳新能源产业集聚区同时成立了中小企业信用担保投资公司及汇鑫、海昌2家小额贷款公司,"
            "引进了6家金融担保机构,前5个月已为企业融资2亿元以上。")
    _, records = extract(nlp, text)
    assert [m["zone"] for m in of(records, "money")] == ["南阳新能源产业集聚区"]


def test_the_change_of_a_platform_companys_account_is_its_own(nlp):
    # GUIDE rounds 47g and 50g: the clause comparing the account with an earlier date goes on with the company's
    text = ("营口沿海产业基地位于辽宁。截至2017年底,沿海基地下属营口沿海开发建设集团有限公司有息债务余额186.3亿元,"
            "较2014年底增加72.5亿元。"
            "营口沿海产业基地2017年完成固定资产投资120亿元,较上年增加15亿元。")
    _, records = extract(nlp, text)
    zones = {m["text"]: m["zone"] for m in of(records, "money")}
    assert zones["186.3亿元"] is None and zones["72.5亿元"] is None
    assert zones["120亿元"] == zones["15亿元"] == "营口沿海产业基地"  # decoy: the zone's own investment and its change


def test_a_companys_capital_field_under_its_name_field_has_zone_null(nlp):
    # GUIDE rounds 39g and 50g: a prospectus's or an announcement's fields about the company are its own
    text = ("宜春经济技术开发区城市建设项目收益债券募集说明书\n宜春经济技术开发区规划面积60平方公里。\n\n"
            "一、发行人概况\n公司名称:宜春经开城市建设发展集团有限公司\n注册资本:人民币150,000.00万元\n"
            "实收资本:人民币150,000.00万元\n法定代表人:刘志勇\n")
    _, records = extract(nlp, text)
    assert [m["zone"] for m in of(records, "money")] == [None, None]


def test_a_zones_figure_field_keeps_the_zone(nlp):
    # decoy: a field block a zone's name heads, no company's name field above it
    text = ("宜春经济技术开发区基本情况\n园区名称:宜春经济技术开发区\n注册资本:人民币2亿元\n固定资产投资:人民币50亿元\n")
    _, records = extract(nlp, text)
    assert {m["text"]: m["zone"] for m in of(records, "money")}["人民币50亿元"] == "宜春经济技术开发区"


def test_a_stub_naming_zones_in_brackets_heads_a_table_of_header_units(nlp):
    # 片区(园区) names the rows as a zone's parts and parks, no unit: the columns' units (亩, 亿元) read the bare cells,
    # each row's zone its own (a park) or the host's (a 片区), and land not yet built is of kind other
    text = ("关于楚雄经济技术开发区2022年度土地集约利用评价成果的公示\n"
            "楚雄经开区下辖东瓜片区、富民片区和苍岭工业园。\n"
            "表2 各片区、园区土地利用与效益情况\n"
            "| 片区(园区) | 规划面积(亩) | 已建成面积(亩) | 未建成面积(亩) | 固定资产投资(亿元) | 税收(亿元) |\n"
            "| 东瓜片区 | 4650 | 4120 | 530 | 121.5 | 12.6 |\n"
            "| 苍岭工业园 | 8300 | 2760 | 5540 | 45.2 | 4.1 |\n")
    _, records = extract(nlp, text)
    areas = {r["text"]: r for r in of(records, "area")}
    money = {r["text"]: r for r in of(records, "money")}
    assert areas["4650"]["kind"] == "planned" and areas["4120"]["kind"] == "built" and areas["530"]["kind"] == "other"
    assert areas["4650"]["value"] == pytest.approx(3.1)
    assert money["121.5"]["category"] == "investment" and money["12.6"]["category"] == "tax"
    assert money["121.5"]["value"] == pytest.approx(12.15e9)
    assert areas["8300"]["zone"] == money["45.2"]["zone"] == "苍岭工业园"
    assert areas["4650"]["zone"] == "楚雄经济技术开发区"


def test_a_stub_naming_zones_over_rates_and_counts_gives_no_amount(nlp):
    # decoy: the same stub over columns of counts, rates and a year gives no area and no money
    text = ("楚雄经济技术开发区2022年度土地集约利用评价情况\n"
            "| 片区(园区) | 设立年份(年) | 入驻企业(家) | 土地供应率(%) | 建筑密度(%) |\n"
            "| 东瓜片区 | 2006 | 312 | 92.4 | 41.3 |\n"
            "| 苍岭工业园 | 2016 | 87 | 63.5 | 35.8 |\n")
    _, records = extract(nlp, text)
    assert not of(records, "area") and not of(records, "money")


def test_a_count_after_the_cues_wei_keeps_a_joined_item_whole(nlp):
    # 以A、B为两大主导产业: the count after 为 counts the list's items set apart by 、, so the pair is one item
    text = ("宜春经济技术开发区\n"
            "园区以锂电新能源、锂和稀有金属新材料为两大主导产业。\n")
    _, records = extract(nlp, text)
    names = {r["name"]: r["role"] for r in of(records, "industry")}
    assert names == {"锂电新能源": "leading", "锂和稀有金属新材料": "leading"}


def test_an_uncounted_pair_after_yi_stays_two_industries(nlp):
    # decoy: no count after 为, so a whole list of two joined by 和 names two (GUIDE, round 39g)
    text = ("宜春经济技术开发区\n"
            "宜春经开区以电力装备制造和食品加工为主导产业。\n")
    _, records = extract(nlp, text)
    assert {r["name"] for r in of(records, "industry")} == {"电力装备制造", "食品加工"}


def test_a_pair_the_document_names_whole_is_whole_where_its_first_part_is_no_name(nlp):
    # 钨 / 锂 alone is no name the lexicon knows: after the counted list made the pair one industry, the park's
    # 重点发展锂和稀有金属新材料 is the same one name; a pair never named whole (锡和…) keeps only its known half
    text = ("宜春经济技术开发区\n"
            "园区以锂电新能源、锂和稀有金属新材料为两大主导产业。\n"
            "袁州工业园重点发展锂和稀有金属新材料。\n"
            "万载工业园重点发展锡和稀有金属新材料。\n")
    _, records = extract(nlp, text)
    by_zone = {(r["zone"], r["name"]) for r in of(records, "industry")}
    assert ("袁州工业园", "锂和稀有金属新材料") in by_zone
    assert ("万载工业园", "稀有金属新材料") in by_zone and ("万载工业园", "锡和稀有金属新材料") not in by_zone


def test_a_chemical_parks_list_of_fluorochemicals_and_drug_intermediates(nlp):
    # 氟化工 and 医药中间体 are industries the lexicon knows: the list of three, no other known name in it, is read
    text = ("东至经济开发区\n"
            "香隅化工园规划面积10.8平方公里,重点发展氟化工、医药中间体和农药原药。\n")
    _, records = extract(nlp, text)
    assert {r["name"] for r in of(records, "industry")} == {"氟化工", "医药中间体", "农药原药"}


def test_fluorochemicals_named_outside_a_list_name_no_industry(nlp):
    # decoy: a firm's emissions named by its trade, with no cue, give no industry
    text = ("东至经济开发区\n"
            "园区对3家氟化工企业的废气排放开展专项检查。\n")
    _, records = extract(nlp, text)
    assert not of(records, "industry")


def test_a_name_opener_before_a_known_name_opens_the_clusters_name(nlp):
    # 特色 (a name opener, as 高端 in 高端装备制造) right before the known 农产品加工 is part of the cluster's name
    text = ("秀山工业园区\n"
            "(二)做强主导产业。力争三年内形成产值超三十亿元的特色农产品加工产业集群。\n")
    _, records = extract(nlp, text)
    assert [(r["name"], r["role"]) for r in of(records, "industry")] == [("特色农产品加工", "cluster")]


def test_a_name_opener_apart_from_the_known_name_or_after_examples_stays_out(nlp):
    # decoys: 特色 in another clause names nothing; after 等 it only says what kind the examples are
    text = ("秀山工业园区\n"
            "园区依托特色资源,形成产值超三十亿元的农产品加工产业集群。\n"
            "园区形成了中药材、茶叶等特色产业集群。\n")
    _, records = extract(nlp, text)
    assert {r["name"] for r in of(records, "industry")} == {"农产品加工", "中药材", "茶叶"}


def test_a_table_cell_of_nought_is_no_amount(nlp):
    # 税收(万元) | 0: the firm paid none, which states no amount; the row's other cells and the next rows are read
    text = ("茶陵县2023年度规模以上工业企业亩均效益综合评价结果公示\n"
            "序号 | 企业名称 | 所在园区 | 用地(亩) | 税收(万元)\n"
            "1 | 湖南某陶瓷有限公司 | 严塘产业园 | 96 | 0\n"
            "2 | 茶陵某纺织有限公司 | 云阳工业园 | 58 | 0.00\n"
            "3 | 茶陵某食品有限公司 | 云阳工业园 | 41 | 36\n")
    _, records = extract(nlp, text)
    assert [r["text"] for r in of(records, "money")] == ["36"]
    assert {r["text"] for r in of(records, "area")} == {"96", "58", "41"}


def test_a_towns_zone_named_by_the_town_and_its_mark(nlp):
    # blind55 pb3's phrasing: a town jieba knows as a place, its mark 镇, and 工业集中区
    text = ("关于龙潭镇工业集中区建设发展情况的报告\n"
            "龙潭镇工业集中区(以下简称集中区)位于龙潭古镇以北,是2012年经县政府批准设立的乡镇工业集中区。"
            "集中区规划面积3.2平方公里。\n")
    _, records = extract(nlp, text)
    assert "龙潭镇工业集中区" in zones_of(records)
    [area] = of(records, "area")
    assert area["zone"] == "龙潭镇工业集中区"


@pytest.mark.parametrize("text", [
    "现将我镇乡镇工业集中区建设发展情况报告如下。",  # decoy: the town's own 我镇 and the kind 乡镇工业集中区
    "连续三年在全县乡镇工业集中区考核中排名第一。",
])
def test_a_town_mark_after_no_place_names_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


def test_a_zones_rank_between_its_city_and_kind_is_in_its_name(nlp):
    # blind55 pb5's phrasing: the merged zone is named with its rank, a zone apart from the one merged into it
    text = "整合玉林经济开发区、玉林龙潭产业园区,设立玉林国家级经济技术开发区。"
    _, records = extract(nlp, text)
    assert set(zones_of(records)) == {"玉林经济开发区", "玉林龙潭产业园区", "玉林国家级经济技术开发区"}


@pytest.mark.parametrize("text", [
    "《山东省省级经济开发区综合考核办法》印发实施。",  # decoy: after a province the rank names the class
    "绥化市省级以上开发区2013年主要指标。",  # decoy: 以上 after the rank, a class of the city's zones
    "今年全国国家级经开区实现地区生产总值增长8%。",
])
def test_a_rank_after_no_city_names_no_zone(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


def test_a_merger_plans_norm_is_no_figure_of_the_zone_it_founds(nlp):
    text = ("二、推动开发区整合提升。按照“一县一区”原则,对规模较小、布局分散的开发区实施整合。整合玉林经济开发区、"
            "玉林龙潭产业园区,设立玉林国家级经济技术开发区。整合后开发区规划面积一般不低于10平方公里、不超过50平方公里。\n")
    _, records = extract(nlp, text)
    assert {r["zone"] for r in of(records, "area")} == {None}


def test_a_founded_zones_own_area_after_its_merger_stays_its(nlp):
    # decoy: the block's own figure after the founding paragraph, no norm word before it
    text = ("(二)上虞区。整合浙江上虞经济开发区与上虞区曹娥江工业园区,设立“浙江上虞曹娥江经济开发区”,规划面积42.3平方公里。"
            "其中,曹娥江区块(原曹娥江工业园区)面积10.8平方公里。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in of(records, "area")}
    assert zones["10.8平方公里"] == "浙江上虞曹娥江经济开发区"


def test_a_town_the_text_writes_with_its_mark_names_a_park(nlp):
    # blind55 pb1's phrasing: jieba cuts 乌斯|太, a town the place data lacks, written 乌斯太镇 in the text
    text = ("阿拉善高新区位于阿拉善左旗乌斯太镇,核准面积42.39平方公里,其中乌斯太化工园区规划面积28.6平方公里,"
            "建成区面积19.8平方公里。园区以精细化工、煤化工为主导产业,2023年园区实现工业总产值486.3亿元。\n")
    _, records = extract(nlp, text)
    assert "乌斯太化工园区" in zones_of(records)
    zones = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    assert zones["28.6平方公里"] == "乌斯太化工园区"
    # the bare 园区 after the part goes on with the zone the paragraph is about, not the part named after 其中
    assert zones["486.3亿元"] != "乌斯太化工园区"


@pytest.mark.parametrize("text", [
    "乌斯太化工园区规划面积28.6平方公里。",  # decoy: no town written with its mark
    "全面推进乡村振兴,加快推进工业园区标准化建设。",  # decoy: 推进 is a common word, 推进乡 no town
])
def test_a_town_not_written_with_its_mark_names_no_park(nlp, text):
    _, records = extract(nlp, text)
    assert zones_of(records) == {}


def test_a_city_district_and_town_before_a_name_are_its_address(nlp):
    # blind54 pa3's phrasing: the name first written with its city, then after a full address
    text = ("管理人将公开拍卖华兴公司名下位于莆田涵江高新技术产业园区的厂房及土地使用权。\n"
            "标的一:莆田市涵江区江口镇涵江高新技术产业园区(以下简称涵江高新区)内国有建设用地使用权及地上建筑物。\n")
    _, records = extract(nlp, text)
    assert zones_of(records) == {"莆田涵江高新技术产业园区": ["涵江高新技术产业园区", "涵江高新区"]}


def test_a_town_before_its_own_park_stays_in_the_name(nlp):
    # decoy: the town ends the proper part, no known place after it
    _, records = extract(nlp, "淄川岭子镇工业园位于淄川区,占地300亩。")
    assert "淄川岭子镇工业园" in zones_of(records)


def test_a_hosts_part_before_a_park_named_by_its_industry_is_in_the_parks_name(nlp):
    # blind55 pb4's phrasing: host, its part 北区 and a park of two trades, one name
    _, records = extract(nlp, "吉林工厂所在的吉林高新区北区化工新材料产业园已建成集中污水处理厂。")
    assert "吉林高新区北区化工新材料产业园" in zones_of(records)
    assert "北区化工新材料产业园" not in zones_of(records)


def test_a_hosts_part_before_a_long_qualifier_of_no_industry_makes_no_park_name(nlp):
    # decoy: after the part no industry opens the qualifier, so the long run is no park's name
    _, records = extract(nlp, "吉林高新区北区将重点建设配套服务产业园。")
    assert "吉林高新区北区将重点建设配套服务产业园" not in zones_of(records)


def test_a_leagues_treasury_opening_a_clause_is_no_zones_budget(nlp):
    text = ("阿拉善高新技术产业开发区化工园区整改提升方案\n"
            "阿拉善高新技术产业开发区(以下简称阿拉善高新区)核准面积42.39平方公里。\n"
            "盟财政设立总规模10亿元的绿色化工转型发展基金,首期规模2亿元。\n"
            "阿拉善高新区设立规模3亿元的产业基金。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] == "money"}
    assert zones["10亿元"] is None
    # decoy: the zone's own fund keeps the zone
    assert zones["3亿元"] == "阿拉善高新技术产业开发区"


def test_a_court_auctions_lot_located_in_a_zone_gives_its_lines_that_zone(nlp):
    text = ("某市中级人民法院司法拍卖公告\n"
            "管理人将公开拍卖某公司名下位于莆田涵江高新技术产业园区(以下简称涵江高新区)的厂房及土地使用权。\n"
            "一、拍卖标的\n"
            "标的一:涵江高新区内国有建设用地使用权,土地使用权面积28650.4平方米。\n"
            "评估价:人民币9876.54万元\n"
            "标的二:某公司位于莆田华林经济开发区(以下简称华林开发区)的国有建设用地使用权,土地面积13.34亩。\n"
            "评估价:人民币一千二百万元\n"
            "保证金:人民币一百五十万元\n"
            "标的三:生产设备一批,评估价人民币386.2万元,起拍价人民币270.3万元。\n"
            "二、标的所在园区情况\n"
            "华林开发区规划面积6.2平方公里。\n"
            "园区工业用地基准地价为每亩36万元。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    assert zones["人民币一千二百万元"] == zones["人民币一百五十万元"] == "莆田华林经济开发区"
    assert zones["人民币386.2万元"] is None and zones["人民币270.3万元"] is None  # a lot sited in no zone
    # decoy: the numbered heading ends the last lot; the park's own price after it is no lot's
    assert zones["36万元"] == "莆田华林经济开发区"


def test_a_zone_named_as_the_use_a_figure_is_put_to_is_not_its_subject(nlp):
    text = ("关于印发阿拉善高新区整改提升方案的通知\n"
            "阿拉善高新技术产业开发区(以下简称阿拉善高新区)核准面积42.39平方公里,2023年阿拉善高新区实现工业总产值560亿元。\n"
            "(一)2025年6月底前完成剩余4处,整治后腾出土地约1260亩,用于建设固废综合利用产业园。\n"
            "(二)规划建设固废综合利用产业园,规划用地3000亩。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] == "area"}
    assert zones["约1260亩"] == "阿拉善高新技术产业开发区"
    # decoy: the park built, its own land in the clause after, keeps it
    assert zones["3000亩"] == "固废综合利用产业园"


def test_a_plant_named_after_a_zone_is_the_subject_in_the_zone_it_lies_in(nlp):
    text = ("吉通汽车零部件控股有限公司\n二零二四年环境、社会及管治报告\n"
            "本集团在吉林省设有两个生产基地,分别位于吉林高新技术产业开发区(简称吉林高新区)及长春新区。\n"
            "(一)吉林工厂位于吉林高新区,占地186亩,生产汽车线束。\n"
            "(二)长春新区工厂位于长春新区北湖科技开发区内,为本集团电池壳体生产基地,一期用地12公顷,总投资人民币八亿元。\n"
            "(三)长春新区规划面积499平方公里。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    assert zones["12公顷"] == zones["人民币八亿元"] == "长春新区北湖科技开发区"
    # decoy: the zone named as itself keeps its own figures
    assert zones["499平方公里"] == "长春新区"


def test_a_parks_phase_after_qizhong_is_its_clauses_subject(nlp):
    text = ("鹤壁经济技术开发区管理委员会公告\n"
            "鹤壁经济技术开发区(以下简称鹤壁经开区)规划面积36.9平方公里,下辖金山工业园和鹤壁京东数字经济产业园。\n"
            "近年来,开发区先后引进天海电器、京东数字经济产业园等重点项目,其中京东数字经济产业园一期占地320亩,总投资26亿元。\n"
            "今年鹤壁经开区开工京东数字经济产业园二期,用地约150亩。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    assert zones["320亩"] == zones["26亿元"] == "鹤壁京东数字经济产业园"
    # decoy: a phase named inside its clause, no 其中 before it, is a project of the zone
    assert zones["约150亩"] == "鹤壁经济技术开发区"


def test_zones_a_later_clause_spreads_the_figures_over_are_not_their_subject(nlp):
    text = ("大理经济技术开发区土地集约利用评价情况\n"
            "大理经济技术开发区(以下简称大理经开区)规划面积26.5平方公里。\n"
            "评价同时发现,开发区仍有批而未供土地132.5亩、闲置土地47.8亩,低效用地约620亩,主要分布在上登片区和祥云财富工业园区。\n"
            "祥云财富工业园区规划用地12000亩。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] in ("money", "area")}
    assert zones["132.5亩"] == zones["约620亩"] == "大理经济技术开发区"
    # decoy: the park named as its own sentence's subject keeps its land
    assert zones["12000亩"] == "祥云财富工业园区"


def test_a_goal_opening_with_a_count_of_zones_is_theirs_together(nlp):
    text = ("关于印发阿拉善高新区整改提升方案的通知\n"
            "阿拉善高新技术产业开发区(以下简称阿拉善高新区)核准面积42.39平方公里,下辖乌斯太精细化工园、巴彦浩特工业园和腾格里工业园区。\n"
            "到2027年,三个园区工业总产值力争突破800亿元。\n"
            "到2027年,阿拉善高新区工业总产值力争突破900亿元。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] == "target"}
    assert zones["三个园区工业总产值力争突破800亿元"] is None
    # decoy: the zone's own goal keeps it
    assert zones["工业总产值力争突破900亿元"] == "阿拉善高新技术产业开发区"


def test_a_part_after_qizhong_of_what_counted_zones_measure_is_theirs_together(nlp):
    text = ("关于印发阿拉善高新区整改提升方案的通知\n"
            "阿拉善高新技术产业开发区(以下简称阿拉善高新区)核准面积42.39平方公里,下辖乌斯太精细化工园、巴彦浩特工业园和腾格里工业园区。\n"
            "到2027年,三个园区工业总产值力争突破800亿元,其中新材料产业规模达到300亿元以上。\n"
            "到2027年,阿拉善高新区工业总产值力争突破900亿元,其中化工产业规模达到500亿元以上。\n")
    _, records = extract(nlp, text)
    zones = {r["text"]: r["zone"] for r in records if r["type"] == "money"}
    assert zones["300亿元以上"] is None
    # decoy: a part of the zone's own goal keeps the zone
    assert zones["500亿元以上"] == "阿拉善高新技术产业开发区"


def test_a_projection_from_full_production_after_production_started_last_year_is_undated(nlp):
    text = ("关于工业集中区建设发展情况的报告\n——2025年4月22日在县人民代表大会常务委员会会议上\n"
            "二、主要工作及成效\n"
            "重庆某食品有限公司投资一点八亿元建设的茶油精深加工项目已于去年10月投产，达产后年产值可达3亿元、年缴税收1200万元。\n")
    _, records = extract(nlp, text)
    years = {r["text"]: r["year"] for r in of(records, "target")}
    assert years["年产值可达3亿元"] is None and years["年缴税收1200万元"] is None


def test_a_projection_from_full_production_after_production_starts_this_year_keeps_the_year(nlp):
    # decoy: the project starts producing this year, the year's plan
    text = ("关于工业集中区建设发展情况的报告\n——2025年4月22日在县人民代表大会常务委员会会议上\n"
            "四、下一步工作打算\n"
            "某食品有限公司茶油精深加工项目今年10月建成投产，达产后年产值可达3亿元。\n")
    _, records = extract(nlp, text)
    years = {r["text"]: r["year"] for r in of(records, "target")}
    assert years["年产值可达3亿元"] == 2025


def test_a_projection_of_a_park_sized_in_its_own_sentence_takes_no_due_date_from_the_task_before(nlp):
    text = ("阿拉善高新技术产业开发区落实督察反馈意见整改方案\n发布时间:2024-07-12\n"
            "四、主要整改任务及完成时限\n"
            "(一)固废堆存点清理整治。对乌斯太镇南侧的12处堆存点实施分类处置,2025年6月底前完成剩余4处,整治后腾出土地约1260亩,"
            "用于建设固废综合利用产业园。该产业园规划用地3000亩,计划总投资三十亿元,建成后预计年消纳工业固废300万吨,年产值可达45亿元。\n")
    _, records = extract(nlp, text)
    years = {r["text"]: r["year"] for r in of(records, "target")}
    assert years["年产值可达45亿元"] is None


def test_a_projection_right_after_a_sentence_ending_on_its_due_date_keeps_that_year(nlp):
    # decoy: no figure of its own before the event, the build the sentence before dates
    text = ("某集团2018年年报\n"
            "根据协议，本集团拟投资约人民币20亿元开发广州嘉汇生物产业园，项目用地约300亩，预计于2021年建成。"
            "广州嘉汇生物产业园将重点发展生物制药，建成后年产值预计可达人民币50亿元。\n")
    _, records = extract(nlp, text)
    years = {r["text"]: r["year"] for r in of(records, "target") if "50亿" in r["text"]}
    assert list(years.values()) == [2021]


def test_an_intended_investment_is_an_undated_goal(nlp):
    text = ("关于工业集中区建设发展情况的报告\n——2025年4月22日在县人民代表大会常务委员会会议上\n"
            "二、主要工作及成效\n"
            "全年新签约项目11个，协议总投资18.5亿元。浙江某竹业集团拟投资二亿六千万元建设竹木家居产业园，项目规划用地280亩。\n"
            "长春汽开区规划到2025年汽车产业产值突破7000亿元，本集团将把握机遇，拟投资不超过1亿美元在汽开区新建一体化压铸工厂。\n")
    _, records = extract(nlp, text)
    goals = {r["value"]: r["year"] for r in of(records, "target")}
    assert goals[260000000.0] is None and goals[100000000.0] is None


def test_an_intended_investment_with_a_deadline_after_it_takes_that_year(nlp):
    # decoy: the deadline after the figure dates the spending
    text = ("某县2024年工作报告\n"
            "某集团拟投资5亿元建设新材料产业园，2026年底前建成投产。\n")
    _, records = extract(nlp, text)
    goals = {r["value"]: r["year"] for r in of(records, "target")}
    assert goals[500000000.0] == 2026


def test_a_rate_each_year_opening_a_sentence_governs_the_clauses_listed_after_it(nlp):
    text = ("广西壮族自治区开发区“十五五”发展规划纲要(2026—2030年)\n2025年9月\n第三章 主要任务\n"
            "四、加大招商引资。每年举办东盟博览会开发区专场招商活动不少于2场,引进投资亿元以上项目500个以上。\n")
    _, records = extract(nlp, text)
    goals = {r["value"]: r["year"] for r in of(records, "target")}
    assert goals[500.0] is None and goals[2.0] is None


def test_a_list_opened_by_no_rate_keeps_the_plans_year(nlp):
    # decoy: the rate stands in a later clause, not the one opening the sentence
    text = ("广西壮族自治区开发区“十五五”发展规划纲要(2026—2030年)\n2025年9月\n第三章 主要任务\n"
            "四、加大招商引资。引进投资亿元以上项目500个以上,每年举办专场招商活动不少于2场。\n")
    _, records = extract(nlp, text)
    goals = {r["value"]: r["year"] for r in of(records, "target")}
    assert goals[500.0] == 2030 and goals[2.0] is None


def test_an_indicator_tables_cell_in_a_compound_physical_unit_is_a_goal(nlp):
    text = ("赣州高新技术产业开发区碳达峰实施方案\n发布日期:2022-09-26\n"
            "附件：赣州高新区碳达峰主要指标表\n"
            "| 指标 | 2020年 | 2025年 | 2030年 |\n"
            "| 单位工业增加值能耗（吨标准煤/万元） | 0.862 | 0.724 | 0.62 |\n"
            "| 每万人口发明专利拥有量（件/万人） | 12 | 25 | 40 |\n")
    _, records = extract(nlp, text)
    goals = {(r["value"], r["year"], r["unit"]) for r in of(records, "target")}
    assert {(0.724, 2025, "other"), (0.62, 2030, "other")} <= goals
    # decoy: a count per head of population is no count of things to reach
    assert not {v for v, _, _ in goals} & {25.0, 40.0}


def test_a_bidders_condition_of_sale_is_no_goal(nlp):
    text = ("莆田市某区人民法院关于拍卖国有建设用地使用权的公告\n发布日期:2020-06-18\n"
            "3.标的二存在土地闲置情形,竞买人应承诺取得土地后一年内开工建设,固定资产投资总额不低于人民币4000万元;\n")
    _, records = extract(nlp, text)
    assert not [r for r in of(records, "target") if r["value"] == 40000000.0]


def test_a_party_committing_its_project_in_an_agreement_keeps_its_goal(nlp):
    # decoy: a tenant's commitment under an agreement is its goal
    text = ("某开发区2023年招商工作情况\n"
            "乙方承诺在租赁期内固定资产投资不低于1500万元,年营业收入不低于3000万元。\n")
    _, records = extract(nlp, text)
    assert [r for r in of(records, "target") if r["value"] == 15000000.0]


def test_a_first_phases_own_land_is_no_goal_and_of_no_year(nlp):
    # real phrasings (a 2024 plan's task, a 2023 interview on a 2027 goal)
    text = ("齐齐哈尔市开发区高质量发展三年行动方案(2025—2027年)\n2024年12月\n二、重点任务\n"
            "到2027年,机器人产业规模达到150亿元。支持齐齐哈尔经济技术开发区建设重型装备产业园,推动龙头企业扩能,"
            "园区首期开发面积4.5平方公里。\n"
            "到2027年新增建设用地1200亩。南开科技园将建设信创产业园,首期用地约120亩。\n")
    _, records = extract(nlp, text)
    goals = {r["value"] for r in of(records, "target")}
    assert 15000000000.0 in goals  # the plan's own goal stays
    areas = {r["text"]: r for r in of(records, "area")}
    phases = [r for t, r in areas.items() if t.endswith("4.5平方公里") or t.endswith("120亩")]
    assert len(phases) == 2 and all(not r["target"] and r["year"] is None for r in phases)


def test_a_first_phase_to_develop_keeps_its_goal(nlp):
    # decoy: a verb before the figure (开发, 完成) makes the phase's land a task, not the phase's size
    text = ("某县产业集聚区2013年工作要点\n一、主要目标\n"
            "今年首期开发3000亩,完成首期1000亩基础设施建设。\n")
    _, records = extract(nlp, text)
    goals = {r["value"]: r["year"] for r in of(records, "target")}
    assert goals.get(2.0) == 2013

def test_a_park_two_parties_build_together_is_its_sentences_subject(nlp):
    head = "廊坊开发区2020年工作总结\n廊坊经济技术开发区规划面积60平方公里。\n"
    text = head + "开发区与北京经济技术开发区共建的廊坊亦庄协同创新产业园占地约1200亩,计划总投资60亿元,预计2023年全部建成。\n"
    zones = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] in ("money", "area")}
    assert zones["约1200亩"] == zones["60亿元"] == "廊坊亦庄协同创新产业园"
    assert zones["60平方公里"] == "廊坊经济技术开发区"
    text = ("湘阴高新区十四五发展规划\n湘阴高新技术产业开发区规划面积10平方公里。\n"
            "推动与长沙经济技术开发区共建长湘产业合作园,规划面积3平方公里,首期开发1.2平方公里。\n")
    zones = {r["text"]: r["zone"] for r in of(extract(nlp, text)[1], "area")}
    assert zones["3平方公里"] == zones["1.2平方公里"] == "长湘产业合作园"


def test_what_a_zone_builds_with_a_partner_that_is_no_zone_stays_the_zones(nlp):
    # decoy: 共建 before an institute, no zone: the zone keeps its figures
    text = ("朔州经开区2022年工作总结\n山西朔州经济开发区规划面积10平方公里。\n"
            "朔州经开区与太原理工大学共建的固废资源化利用研究院投入运营,首期投入研发资金1800万元。\n")
    assert [m["zone"] for m in of(extract(nlp, text)[1], "money")] == ["山西朔州经济开发区"]
    # decoy: a park one zone builds alone leaves the money spent on it with the builder
    text = ("天水市开发区工作简报\n"
            "社棠工业园区正在规划建设社棠装备制造孵化园,计划总投资3.2亿元,规划用地120亩。\n")
    zones = {r["text"]: r["zone"] for r in extract(nlp, text)[1] if r["type"] in ("money", "area")}
    assert zones["3.2亿元"] == "社棠工业园区" and zones["120亩"] == "社棠装备制造孵化园"


def test_a_listed_firms_results_to_shareholders_and_share_price_are_no_zones(nlp):
    head = ("金瑞锂能拟定增募资 加码西宁经开区锂电材料基地\n"
            "项目位于西宁经济技术开发区南川工业园区,规划用地800亩。\n")
    text = head + ("金瑞锂能主营锂电正极材料和锂盐产品,2021年实现营业收入58.3亿元,同比增长112%;归母净利润7.8亿元。\n"
                   "二级市场上,金瑞锂能今日收报86.42元/股,涨幅3.21%,总市值约363亿元。\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["7.8亿元"] is None and zones["86.42元"] is None and zones["约363亿元"] is None


def test_a_projects_profit_once_built_stays_the_zones(nlp):
    # decoy: a project's yearly profit after it reaches capacity is no listed firm's result
    text = ("金瑞锂能锂电材料项目进展\n"
            "项目位于西宁经济技术开发区南川工业园区,规划用地800亩。\n"
            "公司表示,正极材料项目达产后,预计可实现年均营业收入约75亿元,年均净利润约6.2亿元。\n")
    zones = {m["text"]: m["zone"] for m in of(extract(nlp, text)[1], "money")}
    assert zones["约6.2亿元"] == "西宁经济技术开发区南川工业园区"


def test_a_link_title_with_a_half_year_and_no_year_is_undated(nlp):
    # GUIDE round 53g: 上半年 in a link title is a period like the quarters, so with no year or date it dates nothing;
    # decoy: 去年 still counts from the page's date
    text = ("遵义市开发区发展情况\n发布时间:2023年8月2日\n截至2022年底,全市共有省级以上开发区15个。\n\n相关新闻\n"
            "· 遵义经开区上半年完成固定资产投资86.4亿元\n· 港资企业去年投资西部数据中心逾15亿港元\n")
    _, records = extract(nlp, text)
    years = {m["text"]: m["year"] for m in of(records, "money")}
    assert years["86.4亿元"] is None
    assert years["逾15亿港元"] == 2022


def test_a_quota_for_each_case_of_a_kind_is_a_goal(nlp):
    # GUIDE round 53g: 每个 / 各 … 要 N个 sets the number each case is to reach: a goal, value per case, no year here
    text = ("关于促进全省开发区高质量发展的若干意见\n"
            "(八)打造首位产业。各开发区要聚焦1至2个首位产业,到2021年形成一批千亿级产业集群。\n"
            "(四)强化公共服务。每个省级示范产业集群都要建设1个以上公共技术服务平台。\n")
    goals = {t["text"]: t for t in of(extract(nlp, text)[1], "target")}
    quota = goals["各开发区要聚焦1至2个首位产业"]
    assert (quota["value"], quota["value_max"], quota["unit"], quota["year"]) == (1, 2, "count", None)
    assert goals["每个省级示范产业集群都要建设1个以上公共技术服务平台"]["value"] == 1


def test_a_count_of_cases_or_a_rules_standard_is_no_quota(nlp):
    # decoys: what the cases did (a result), what each has, a cap GUIDE leaves open, a rule's standard after 原则上,
    # and a reward for each case (money, no count)
    text = ("全市开发区2019年工作总结\n"
            "各开发区共引进项目12个。每个园区平均有3家龙头企业。\n"
            "每个集群原则上只培育1个主导产业。\n"
            "原则上每个园区主导产业不超过3个,每个主导产业要有1户以上主营业务收入超十亿元的龙头企业。\n"
            "对新认定的国家级孵化器,每个奖励100万元。\n")
    assert of(extract(nlp, text)[1], "target") == []


def test_a_quota_of_one_or_two_in_words_is_a_range(nlp):
    # GUIDE round 53g (blind8 i3's speech): 一两个 is one or two, never 12
    text = ("在全市园区工作会议上的讲话\n第一,抓产业。要坚持“产业立园”,每个园区都要有一两个主导产业,不要搞“大而全”。\n")
    goals = of(extract(nlp, text)[1], "target")
    assert [(t["value"], t["value_max"], t["unit"]) for t in goals] == [(1, 2, "count")]
    # decoy: the same words with no case to set them for are a word, no figure
    text = ("在全市园区工作会议上的讲话\n园区发展要有一两个主导产业。\n")
    assert of(extract(nlp, text)[1], "target") == []
