"""The analyst's workbench in a real browser: tables, Chinese search, facts, map, dashboard, and no script
from a report ever running."""
import re

import sqlite_utils
from playwright.sync_api import expect

from pipeline.datasette_highlight import highlight_url
from tests.browser.conftest import SCRIPT, SCRIPT_REPORT

DASHBOARD_CHARTS = ["investment-by-zone", "planned-area-by-zone", "targets-by-year", "facts-by-document"]


def test_home_page_lists_the_tables(visit):
    page = visit("/")
    for table in ("documents", "sentences", "facts", "zones"):
        expect(page.locator(f'a[href="/facts/{table}"]').first).to_be_visible()
    expect(page.get_by_role("link", name="Dashboard")).to_be_visible()
    visit.screenshot("home")


def test_searching_guangdian_shows_every_sentence_containing_it(visit, browser_db):
    expected = sqlite_utils.Database(browser_db).execute(
        "select count(*) from sentences where instr(text, '光电')").fetchone()[0]
    page = visit("/facts/sentences")
    page.fill('input[name="_search"]', "光电")
    page.locator('input[name="_search"]').press("Enter")
    page.wait_for_url(re.compile(r"_search="))
    cells = page.locator("td.col-text")
    expect(cells).to_have_count(expected)
    assert expected > 5 and all("光电" in text for text in cells.all_inner_texts())
    expect(page.locator("h3").first).to_contain_text(f'{expected} rows where search matches "光电"')
    visit.screenshot("search")


def test_facts_filtered_by_type_show_chinese_text_values_and_their_links(visit, browser_db):
    fact = next(sqlite_utils.Database(browser_db).query(
        "select id, document from facts where type = 'money' and text = '3.1793亿元'"))
    page = visit("/facts/facts?type=money")
    expect(page.locator("td.col-type").first).to_have_text("money")
    text = page.locator("td.col-text a", has_text="3.1793亿元")
    expect(text).to_have_attribute("href", highlight_url(fact['document'], fact['id']))
    row = page.locator("tr", has=text)
    expect(row.locator("td.col-value")).to_have_text(re.compile(r"^317,?930,?000(\.0)?$"))
    expect(row.locator("td.col-currency")).to_have_text("CNY")
    expect(row.locator("td.col-sentence a")).to_contain_text("融资3.1793亿元")
    visit.screenshot("facts-money")


def test_zones_map_draws_a_marker_for_the_located_zones(visit):
    page = visit("/facts/zones")
    markers = page.locator(".leaflet-container .leaflet-marker-icon")
    expect(markers.first).to_be_visible()
    assert markers.count() >= 2  # 南阳 (clustered), 温岭, 鹤壁, 焦作 … at least two places apart
    visit.screenshot("map")


def test_dashboard_draws_each_chart(visit):
    page = visit("/-/dashboards/zones")
    for chart in DASHBOARD_CHARTS:
        expect(page.locator(f"#chart-{chart}").locator("svg, canvas").first).to_be_visible()
    visit.screenshot("dashboard")


def test_a_report_holding_a_script_tag_shows_it_as_text_and_runs_nothing(visit):
    for path in (f"/facts/documents/{SCRIPT_REPORT.replace('.', '~2E')}", "/facts/sentences?_search=alert",
                 "/facts/facts?document=" + SCRIPT_REPORT, highlight_url(SCRIPT_REPORT)):
        page = visit(path)
        expect(page.get_by_text(SCRIPT).first).to_be_visible()
        visit.screenshot(path.split("/")[-1].split("?")[0])
    page.wait_for_timeout(500)
    assert visit.dialogs == []


def test_a_fact_link_opens_the_highlighted_document_at_the_fact(visit, browser_db):
    fact = next(sqlite_utils.Database(browser_db).query(
        "select id, document from facts where type = 'money' and text = '3.1793亿元'"))
    page = visit("/facts/facts?type=money")
    page.locator("td.col-text a", has_text="3.1793亿元").click()
    page.wait_for_url(re.compile(r"/-/highlight/.*#fact-"))
    label = page.locator(f"#fact-{fact['id']}")
    expect(label).to_be_in_viewport()
    expect(label).to_contain_text("money 2010: 3.1793亿 CNY")
    visit.screenshot("highlight")
