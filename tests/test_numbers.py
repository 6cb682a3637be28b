"""The shared normalizer and the money / area finders, on phrasings taken from real reports."""
import pytest

from extractors.area import AreaFinder
from extractors.money import MoneyFinder
from extractors.numbers import NumberError, approximate_pair, parse_number
from pipeline.reading import normalize_text


@pytest.mark.parametrize(
    "text, value",
    [
        ("3.1793", 3.1793), ("1,200", 1200), ("130", 130), ("一千二百万", 12_000_000), ("十九点九一", 19.91),
        ("三十", 30), ("百", 100), ("千万", 10_000_000), ("二〇一五", 2015), ("一亿二千万", 120_000_000),
        ("两千", 2000), ("十二", 12), ("一百零五", 105), ("壹佰", 100),
    ],
)
def test_parse_number(text, value):
    assert float(parse_number(text)) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "点五"])
def test_parse_number_refuses_non_numbers(text):
    with pytest.raises(NumberError):
        parse_number(text)


MONEY = [
    # (phrase, amount text, value, value_max, currency, approx)
    ("2010年,为华阳、华祥等12家中小企业融资3.1793亿元", "3.1793亿元", 317_930_000, None, "CNY", "exact"),
    ("引进利用外资8000万美元以上", "8000万美元以上", 80_000_000, None, "USD", "at_least"),
    ("总投资200-300亿元", "200-300亿元", 2e10, 3e10, "CNY", "range"),
    ("近6亿元", "近6亿元", 6e8, None, "CNY", "about"),
    ("形成一批主营业务收入超亿元的企业", "超亿元", 1e8, None, "CNY", "at_least"),
    ("安排资金一千二百万元", "一千二百万元", 12_000_000, None, "CNY", "exact"),
    ("力争全市产业集聚区完成投资 130 亿元", "130亿元", 1.3e10, None, "CNY", "exact"),
    ("实现营业收入超 400 亿元", "超400亿元", 4e10, None, "CNY", "at_least"),
    ("融资规模超过 3 亿元", "超过3亿元", 3e8, None, "CNY", "at_least"),
    ("每年安排500余万元", "500余万元", 5e6, None, "CNY", "about"),
    ("为光电孵化园在孵企业融资300万元", "300万元", 3e6, None, "CNY", "exact"),
    ("总投资10亿元及以上项目16个", "10亿元及以上", 1e9, None, "CNY", "at_least"),
    ("其中总投资10亿元及以上项目16个,5-10亿元项目16个", "5-10亿元", 5e8, 1e9, "CNY", "range"),
    ("亿元以上项目 15 个", "亿元以上", 1e8, None, "CNY", "at_least"),
    ("预计可为企业节约用电成本1亿元左右", "1亿元左右", 1e8, None, "CNY", "about"),
    ("总投资50亿,建设年产", "50亿", 5e9, None, "CNY", "exact"),
    ("完成固定资产投资三十亿元", "三十亿元", 3e9, None, "CNY", "exact"),
    ("实现产值十九点九一亿元", "十九点九一亿元", 1.991e9, None, "CNY", "exact"),
    ("打造百亿元产业集群", "百亿元", 1e10, None, "CNY", "exact"),
    ("合同利用港资2.5亿港元", "2.5亿港元", 2.5e8, None, "HKD", "exact"),
    ("引进欧元投资1200万欧元", "1200万欧元", 1.2e7, None, "EUR", "exact"),
    ("单个项目投资不超过5000万元", "不超过5000万元", 5e7, None, "CNY", "at_most"),
    ("投资强度不低于150万元/亩", "不低于150万元", 1.5e6, None, "CNY", "at_least"),
    ("总投资5000万—1亿元", "5000万—1亿元", 5e7, 1e8, "CNY", "range"),
    ("实现销售收入1,200万元", "1,200万元", 1.2e7, None, "CNY", "exact"),
    ("上缴税收２．５亿元", "2.5亿元", 2.5e8, None, "CNY", "exact"),
    ("千万元以上项目", "千万元以上", 1e7, None, "CNY", "at_least"),
    ("实现工业总产值三百一十二亿元、税收九点六亿元", "九点六亿元", 9.6e8, None, "CNY", "exact"),
    ("累计获得省级扶持资金不少于八亿元", "不少于八亿元", 8e8, None, "CNY", "at_least"),
    # two neighbouring digits are a spoken range, not a positional number (23000)
    ("每招一个技工光中介费就要花两三千元", "两三千元", 2000, 3000, "CNY", "range"),
    ("项目总投资七八亿元", "七八亿元", 7e8, 8e8, "CNY", "range"),
    ("一年投入十七八亿元", "十七八亿元", 1.7e9, 1.8e9, "CNY", "range"),
    ("一共花了一百二三十万元", "一百二三十万元", 1.2e6, 1.3e6, "CNY", "range"),
    # a part after a larger magnitude may carry two magnitudes (5千万): 3.5亿, not 3亿 and 5千
    ("将投资3亿5千万港元,在东莞扩建研发中心", "3亿5千万港元", 3.5e8, None, "HKD", "exact"),
    ("投资2百万美元", "2百万美元", 2e6, None, "USD", "exact"),
    # the high end of a range is in the currency named before its low end
    ("月租金约为每坪新台币380元至520元", "新台币380元至520元", 380, 520, "TWD", "range"),
    ("兑现奖励资金500万元", "500万元", 5e6, None, "CNY", "exact"),  # 兑现 pays out: no exchange rate
]


@pytest.mark.parametrize("phrase, text, value, value_max, currency, approx", MONEY)
def test_money_phrasings(lex, phrase, text, value, value_max, currency, approx):
    phrase = normalize_text(phrase)
    found = MoneyFinder(lex).find(phrase)
    by_text = {phrase[f.start:f.end]: f for f in found}
    assert text in by_text, [phrase[f.start:f.end] for f in found]
    f = by_text[text]
    assert (f.value, f.value_max, f.currency, f.approx) == (pytest.approx(value), value_max and pytest.approx(value_max), currency, approx)


@pytest.mark.parametrize(
    "phrase",
    [
        "就业人口3—5万人",  # people, not money
        "发送短信 jzsjb 到 10658300 即可订阅《焦作手机报》,3元/月。",  # phone number and a subscription price
        "第十二届中国投资贸易洽谈会",
        "2010年工作方案",
        "推进经济一元化发展",
        "单位:万元",
        "年产10万吨高档铝型材",
        "投资5亿人次",
        "其中产值超百亿企业4家",  # no 元: the bar of what is counted
        "汇率波动5%,成本就相差几百万元",  # 几百万: some millions, no figure
        "数千万元的投入",
        "订阅每月120澳门元",  # a subscription price
        "文中汇率以1美元兑新台币29元、1港元兑新台币3.7元估算",  # exchange rates
        "按1美元兑6.9元人民币折算",
    ],
)
def test_money_decoys(lex, phrase):
    assert MoneyFinder(lex).find(normalize_text(phrase)) == []


def test_count_before_amount_does_not_merge(lex):
    phrase = normalize_text("16个，5-10亿元项目")
    [f] = MoneyFinder(lex).find(phrase)
    assert (phrase[f.start:f.end], f.value, f.value_max) == ("5-10亿元", 5e8, 1e9)


@pytest.mark.parametrize("phrase, category", [
    ("完成投资 130 亿元", "investment"), ("融资3.1793亿元", "financing"), ("实现营业收入超 400 亿元", "revenue"),
    ("光电产业产值达到150亿元", "output"), ("利税55亿元", "tax"), ("节约用电成本1亿元左右", "other"),
    ("税收收入82.3亿元", "tax"), ("实现一般公共预算收入29.37亿元", "other"), ("合同利用港资18.2亿美元", "investment"),
    ("新增投资金额新台币1,150亿元", "investment"),  # 投资金额, not the 资金 inside it
    ("总开发经费新台币33亿元", "investment"),
    ("投入资金8600万元", "investment"),  # 投入资金, not the 资金 inside it
    ("全年为市场主体减税降费12.6亿元", "tax"), ("办理留抵退税6.8亿元", "tax"),
    ("城镇常住居民人均可支配收入41235元", "other"),  # household income, not a zone's revenue
    ("发放各类救助资金2.37亿元", "other"), ("发放稳岗返还资金3260万元", "financing"),
])
def test_money_category(lex, phrase, category):
    [f] = MoneyFinder(lex).find(normalize_text(phrase))
    assert f.category == category


AREAS = [
    ("规划面积9.2平方公里", "9.2平方公里", 9.2, None, "exact", "planned"),
    ("建设多层标准厂房40多万平方米", "40多万平方米", 0.4, None, "about", "other"),
    ("可以腾出约6000亩土地", "约6000亩", 4.0, None, "about", "land_use"),
    ("完成规划面积为110公顷的光电新园区建设", "110公顷", 1.1, None, "exact", "planned"),
    ("规划面积由原来的15.8平方公里扩增到23.8平方公里", "23.8平方公里", 23.8, None, "exact", "planned"),
    ("占地1.5万亩", "1.5万亩", 10.0, None, "exact", "land_use"),
    ("建成区面积12平方千米", "12平方千米", 12.0, None, "exact", "built"),
    ("管辖面积56.51平方公里", "56.51平方公里", 56.51, None, "exact", "administered"),
    ("新建厂房5000㎡", "5000m2", 0.005, None, "exact", "other"),
    ("用地规模1000亩以上", "1000亩以上", 0.666667, None, "at_least", "land_use"),
    ("规划面积10—15平方公里", "10—15平方公里", 10.0, 15.0, "range", "planned"),
    ("已建成标准厂房48万平方米", "48万平方米", 0.48, None, "exact", "other"),  # floor space after a kind cue
    ("其中已建成面积22平方公里", "22平方公里", 22.0, None, "exact", "built"),
]


@pytest.mark.parametrize("phrase, text, value, value_max, approx, kind", AREAS)
def test_area_phrasings(lex, phrase, text, value, value_max, approx, kind):
    phrase = normalize_text(phrase)
    found = {phrase[f.start:f.end]: f for f in AreaFinder(lex).find(phrase)}
    assert text in found, list(found)
    f = found[text]
    assert (f.value, f.value_max, f.approx, f.kind) == (pytest.approx(value), value_max, approx, kind)


@pytest.mark.parametrize("phrase", ["年产彩钢板200万平方米", "建设千亩工业园", "投资1.2亿元", "年供气450万立方米",
                                    "年产汽车用冷轧板材60万吨、彩钢板200万平方米",
                                    "加快推进年产新型墙体材料（彩钢夹芯板）三百万平方米生产线"])
def test_area_decoys(lex, phrase):
    assert AreaFinder(lex).find(normalize_text(phrase)) == []


@pytest.mark.parametrize("phrase, category", [
    ("设立规模5亿元的天使投资基金", "financing"),  # the fund it is the size of, not 规模
    ("设立规模10亿元人民币的科技创新基金", "financing"),
    ("同时拿出4亿元作为园区建设和产业集群发展基金", "financing"),
    ("总投资22亿元、占地31.2公顷的机器人产业园", "investment"),  # decoy: 的 + a park, the cue before holds
    ("全年新签约亿元以上项目126个", "investment"), ("五亿元以上产业项目十六个", "investment"),
    ("主营业务收入超百亿元企业58家", "revenue"),  # decoy: a bar with its own cue
    ("进出口总额2350亿元", "other"), ("技术合同成交额182亿元", "other"), ("光伏产业集群具备1000亿元的规模", "output"),
])
def test_money_category_from_what_the_amount_measures(lex, phrase, category):
    [f] = [f for f in MoneyFinder(lex).find(normalize_text(phrase)) if f.value >= 1e8]
    assert f.category == category


@pytest.mark.parametrize("phrase, text, value", [
    ("三大科学园区去年营业额合计２兆４，６５５亿元", "2兆4,655亿元", 2_465_500_000_000),  # Taiwan's 兆 = 1e12
    ("全年营业额可望突破1兆元", "突破1兆元", 1e12),
    ("竹科去年营业额为1兆231亿元", "1兆231亿元", 1_023_100_000_000),
    ("总投资5亿3000万元", "5亿3000万元", 530_000_000),
])
def test_money_written_in_two_parts(lex, phrase, text, value):
    phrase = normalize_text(phrase)
    by_text = {phrase[f.start:f.end]: f for f in MoneyFinder(lex).find(phrase)}
    assert text in by_text, list(by_text)
    assert by_text[text].value == pytest.approx(value)


def test_a_larger_magnitude_after_a_smaller_is_no_figure_in_two_parts(lex):
    phrase = "投资3万5亿元"  # no report writes this: not read as 3万 + 5亿
    assert all(f.value != pytest.approx(3e4 + 5e8) for f in MoneyFinder(lex).find(phrase))


def test_a_bare_yuan_takes_the_documents_currency_an_explicit_one_its_own(lex):
    phrase = "营业额达新台币8,310亿元,其中台南园区贡献6,982亿元,引进外资2亿美元,另投入人民币3亿元"
    found = {phrase[f.start:f.end]: f.currency for f in MoneyFinder(lex).find(phrase, "TWD")}
    assert found == {"新台币8,310亿元": "TWD", "6,982亿元": "TWD", "2亿美元": "USD", "人民币3亿元": "CNY"}


@pytest.mark.parametrize("text, currency", [
    ("南科去年营业额达新台币8,310亿元。台南园区贡献6,982亿元。", "TWD"),
    ("台商投资新台币5亿元,折合人民币1.1亿元。园区产值20亿元。", "CNY"),  # 人民币 named: bare 元 stays CNY
    ("合同利用港资3亿港元。完成投资50亿元。", "CNY"),  # a mainland report naming 港元 for one amount
    ("完成投资50亿元。", "CNY"),
])
def test_document_currency(lex, text, currency):
    from extractors.money import document_currency

    assert document_currency(text, lex) == currency


def test_yue_ending_a_word_is_no_approximation(lex):
    words = ["全年", "新", "签约", "亿元", "以上", "项目", "126", "个", ",", "节约", "资金", "约", "5", "亿元"]
    phrase = "".join(words)
    starts = {sum(map(len, words[:i])) for i in range(len(words))}
    found = {phrase[f.start:f.end]: f.approx for f in MoneyFinder(lex).find(phrase, word_starts=starts)}
    assert found == {"亿元以上": "at_least", "约5亿元": "about"}


def test_an_amount_noun_right_after_the_amount_names_it_but_not_another_figures(lex):
    phrase = "对新认定的国家高新技术企业给予30万元奖励,对年产值首次突破10亿元的企业给予最高不超过200万元奖励。"
    found = {phrase[f.start:f.end]: f.category for f in MoneyFinder(lex).find(phrase)}
    assert found == {"30万元": "financing", "突破10亿元": "output", "不超过200万元": "financing"}


@pytest.mark.parametrize("text, ends", [("两三千", (2000, 3000)), ("二三十", (20, 30)), ("十七八", (17, 18)),
                                        ("二〇一五", None), ("三五", None), ("二十三", None), ("九十", None)])
def test_approximate_pair_is_a_spoken_range_of_neighbouring_digits(text, ends):
    found = approximate_pair(text)
    assert (tuple(float(e) for e in found) if found else None) == ends


@pytest.mark.parametrize("text, ends", [("一两", (1, 2)), ("一两百", (100, 200)), ("二两", None), ("两两", None)])
def test_one_or_two_written_with_liang_is_a_spoken_range(text, ends):
    found = approximate_pair(text)
    assert (tuple(float(e) for e in found) if found else None) == ends
