package org.policytracker.cases.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policytracker.cases.entity.CaseList;
import org.policytracker.plans.entity.Recognition;
import org.policytracker.cases.entity.TypicalCase;
import org.policytracker.platform.excel.SheetReading;
import org.policytracker.platform.excel.Xlsx;

/**
 * The typical-case catalogue as a workbook, out and back in: sheet "典型案例 Cases" the published table
 * (list code, 序号, 单位名称, 行业, 所在省市, 典型模式, 典型做法, 备注), sheet "名单 Lists" each list's code, titles,
 * year, recognition, publisher and source. What it writes it reads; every bad cell is named by sheet, row and
 * column and nothing is taken until the file is clean.
 */
public final class CaseSheet {

    public static final String CASES = "典型案例 Cases";
    public static final String LISTS = "名单 Lists";
    static final String[] CASE_HEADER = {"名单代码 List", "序号 No.", "单位名称 Unit", "行业 Industry", "所在省市 Province",
        "典型模式 Mode", "典型做法 Practice", "备注 Remarks"};
    static final String[] LIST_HEADER = {"代码 Code", "名称 Title", "英文名称 Title (English)", "年份 Year", "类别 Recognition",
        "发布单位 Publisher", "出处 Source"};
    private static final Map<String, Recognition> RECOGNITION_WORDS = new LinkedHashMap<>();

    static {
        for (Recognition r : Recognition.values()) {
            RECOGNITION_WORDS.put(r.name(), r);
        }
        RECOGNITION_WORDS.put("典型案例", Recognition.TYPICAL_CASE);
        RECOGNITION_WORDS.put("节水标杆企业", Recognition.WATER_SAVING_BENCHMARK);
        RECOGNITION_WORDS.put("节水标杆", Recognition.WATER_SAVING_BENCHMARK);
        RECOGNITION_WORDS.put("水效领跑者", Recognition.WATER_EFFICIENCY_LEADER);
    }

    /** A list as read: its description and its rows. */
    public record ListRows(CaseListData description, List<Row> rows) {
    }

    /** A case as read. */
    public record Row(int number, String unit, String industry, String province, String mode, String practice, String remarks) {
    }

    private CaseSheet() {
    }

    public static byte[] write(List<TypicalCase> cases) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of((Object[]) CASE_HEADER)));
        Map<Long, CaseList> lists = new LinkedHashMap<>();
        for (TypicalCase c : cases) {
            lists.putIfAbsent(c.getList().getId(), c.getList());
            rows.add(new ArrayList<>(java.util.Arrays.asList(c.getList().getCode(), c.getNumber(), c.getUnitName(), c.getIndustry(),
                    c.getProvinceName(), c.getMode(), c.getPractice(), c.getRemarks())));
        }
        List<List<Object>> described = new ArrayList<>();
        described.add(new ArrayList<>(List.of((Object[]) LIST_HEADER)));
        for (CaseList l : lists.values()) {
            described.add(new ArrayList<>(java.util.Arrays.asList(l.getCode(), l.getTitleZh(), l.getTitleEn(), l.getYear(),
                    l.getRecognition().name(), l.getPublisher(), l.getSourceNote())));
        }
        return Xlsx.write(List.of(new Xlsx.Sheet(CASES, rows), new Xlsx.Sheet(LISTS, described)));
    }

    /** The template: both sheets with their headers only. */
    public static byte[] template() {
        return write(List.of());
    }

    /** The lists of a workbook, each with its rows, in the order of the Lists sheet. */
    public static List<ListRows> read(byte[] xlsx) {
        SheetReading book = SheetReading.of(xlsx);
        SheetReading.Rows cases = book.sheet(CASES);
        SheetReading.Rows lists = book.sheet(LISTS);
        book.check();
        Map<String, ListRows> byCode = lists(book, lists);
        cases(book, cases, byCode);
        for (int row : lists.dataRows()) {
            String code = lists.text(row, 1);
            if (code != null && byCode.containsKey(code) && byCode.get(code).rows().isEmpty()) {
                book.problem(lists, row, 1, "excel.list.empty", code);
            }
        }
        if (byCode.isEmpty() && book.clean()) {
            book.problem(lists, 2, 1, "excel.list.code");
        }
        book.check();
        return new ArrayList<>(byCode.values());
    }

    /** The Lists sheet: one list per row, its code unique. */
    private static Map<String, ListRows> lists(SheetReading book, SheetReading.Rows lists) {
        Map<String, ListRows> byCode = new LinkedHashMap<>();
        for (int row : lists.dataRows()) {
            CaseListData d = new CaseListData();
            d.code = lists.text(row, 1, 64);
            if (d.code == null) {
                book.problem(lists, row, 1, "excel.list.code");
                continue;
            }
            if (!d.code.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                book.problem(lists, row, 1, "excel.list.codePattern", d.code);
                continue;
            }
            if (byCode.containsKey(d.code)) {
                book.problem(lists, row, 1, "excel.list.twice", d.code);
                continue;
            }
            d.titleZh = lists.text(row, 2, 500);
            if (lists.text(row, 2) == null) {
                book.problem(lists, row, 2, "excel.required");
            }
            d.titleEn = lists.text(row, 3, 500);
            d.year = lists.whole(row, 4, 1949, 2100);
            if (lists.text(row, 4) == null) {
                book.problem(lists, row, 4, "excel.required");
            }
            String recognition = lists.text(row, 5);
            Recognition r = recognition == null ? Recognition.TYPICAL_CASE
                    : RECOGNITION_WORDS.getOrDefault(recognition, RECOGNITION_WORDS.get(recognition.toUpperCase(Locale.ROOT)));
            if (r == null) {
                book.problem(lists, row, 5, "excel.recognition", recognition);
            }
            d.recognition = r == null ? null : r.name();
            d.publisher = lists.text(row, 6, 300);
            d.sourceNote = lists.text(row, 7, 1000);
            byCode.put(d.code, new ListRows(d, new ArrayList<>()));
        }
        return byCode;
    }

    /** The Cases sheet: each case under its list, numbered once within it. */
    private static void cases(SheetReading book, SheetReading.Rows cases, Map<String, ListRows> byCode) {
        Map<String, Set<Integer>> numbers = new LinkedHashMap<>();
        for (int row : cases.dataRows()) {
            String code = cases.text(row, 1);
            ListRows list = code == null ? null : byCode.get(code);
            if (list == null) {
                book.problem(cases, row, 1, code == null ? "excel.list.code" : "excel.list.unknown", code);
                continue;
            }
            Integer number = cases.whole(row, 2, 1, 1_000_000);
            if (cases.text(row, 2) == null) {
                book.problem(cases, row, 2, "excel.required");
            } else if (number != null && !numbers.computeIfAbsent(code, k -> new HashSet<>()).add(number)) {
                book.problem(cases, row, 2, "excel.case.twice", number, code);
            }
            String[] texts = new String[6];
            int[] max = {300, 100, 100, 100, 20000, 300};
            for (int i = 0; i < 6; i++) {
                texts[i] = cases.text(row, 3 + i, max[i]);
                if (i < 5 && cases.text(row, 3 + i) == null) {
                    book.problem(cases, row, 3 + i, "excel.required");
                }
            }
            if (number != null) {
                list.rows().add(new Row(number, texts[0], texts[1], texts[2], texts[3], texts[4], texts[5]));
            }
        }
    }
}
