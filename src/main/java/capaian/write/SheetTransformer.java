package capaian.write;

import capaian.model.CellRef;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Streams one form sheet's XML (a {@link SheetCursor}) to its new version: every element copied as it is, except the cells
 * the {@link SheetEdits} replace or restyle, which are written in their place (or inserted in row and column
 * order where the sheet has none), an earlier run's marks undone, the dimension widened when cells are added,
 * and a {@code <legacyDrawing>} added for the comments when the sheet has none. Memory does not grow with
 * the sheet.
 */
final class SheetTransformer {
    /** Worksheet children that come after legacyDrawing in the schema's order. */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture",
            "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");

    /** A shared formula whose master cell is replaced: the cells that shared it get the formula written out. */
    private record Master(String formula, int row, int col) {}

    private final SheetCursor in;
    private final XmlOut out;
    private final SheetEdits edits;
    private final StyleIndexes styles;
    private final int stylesAtLoad;
    /** The relationship id of a legacyDrawing to add when the sheet has none, or null for none needed. */
    private final String newLegacyDrawingId;

    private String p = "";
    private boolean startOpen;
    private int depth;
    private boolean inSheetData;
    private boolean inCell;
    private int row;
    private int col;
    private int nextRow = 1;
    private int nextCol;
    /** The next row with edits (its index in {@link SheetEdits#row}), and that row, or null when none is left. */
    private int pendingRow;
    private SheetEdits.Row nextRowEdits;
    /** The edits of the row being copied, or null when it has none; the next cell edit's index and the edit. */
    private SheetEdits.Row pendingCells;
    private int pendingCell;
    private SheetEdits.Edit nextCellEdit;
    private final Map<String, Master> replacedMasters = new HashMap<>();
    /** The job's budget, checked on every XML event (looked up once: a thread-local lookup per event was 2 %). */
    private final capaian.job.JobBudget budget = capaian.job.JobBudget.current();

    /** The legacyDrawing relationship id the sheet had (or was given here), or null. */
    private String legacyDrawingId;
    private boolean hadLegacyDrawing;

    private SheetTransformer(InputStream in, XmlOut out, SheetEdits edits, StyleIndexes styles, String newLegacyDrawingId)
            throws XMLStreamException, IOException {
        this.in = SheetCursor.open(in);
        this.out = out;
        this.edits = edits;
        this.styles = styles;
        this.stylesAtLoad = styles.count();
        this.newLegacyDrawingId = newLegacyDrawingId;
    }

    /** Transforms a sheet; returns the legacyDrawing relationship id the sheet already had, or null. */
    static String transform(InputStream in, XmlOut out, SheetEdits edits, StyleIndexes styles, String newLegacyDrawingId)
            throws IOException {
        try {
            SheetTransformer t = new SheetTransformer(in, out, edits, styles, newLegacyDrawingId);
            t.run();
            out.flush();
            return t.hadLegacyDrawing ? t.legacyDrawingId : null;
        } catch (XMLStreamException e) {
            throw new IOException("sheet " + edits.sheet + ": " + e.getMessage(), e);
        }
    }

    private void run() throws XMLStreamException, IOException {
        while (in.hasNext()) {
            if (budget != null) budget.checkNow(); // a job past its CPU budget stops writing here
            int ev = in.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> start();
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA,
                        XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    closeStart();
                    in.copyContent(out);
                }
                case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE not allowed");
                default -> { }
            }
        }
        in.close();
    }

    private void start() throws XMLStreamException, IOException {
        closeStart();
        depth++;
        boolean main = depth <= 5 && in.isMain();
        if (depth == 1) {
            out.raw(XmlOut.DECLARATION);
            p = in.prefix().isEmpty() ? "" : in.prefix() + ":";
            copyStart(null, null);
        } else if (depth == 2 && main) {
            String local = in.localName();
            if (AFTER_LEGACY_DRAWING.contains(local)) addLegacyDrawing();
            switch (local) {
                case "legacyDrawing" -> {
                    legacyDrawingId = in.attribute(XmlOut.REL_NS, "id");
                    hadLegacyDrawing = true;
                    copyStart(null, null);
                }
                case "dimension" -> copyStart("ref", dimension(in.attribute(null, "ref")));
                case "sheetData" -> {
                    inSheetData = true;
                    pendingRow = 0;
                    advanceRow();
                    copyStart(null, null);
                }
                default -> copyStart(null, null);
            }
        } else if (depth == 3 && inSheetData && main && in.isLocal("row")) {
            rowStart();
        } else if (depth == 4 && pendingCells != null && main && in.isLocal("c")) {
            cellStart();
        } else if (depth == 4 && main && in.isLocal("c")) {
            inCell = true;
            col = in.column("r", nextCol);
            nextCol = col + 1;
            Integer undo = edits.undo.isEmpty() ? null : edits.undo.get(SheetEdits.key(row, col));
            if (undo != null && undo < stylesAtLoad) copyStart("s", styleAttr(undo));
            else copyCell();
        } else if (depth == 5 && inCell && main && in.isLocal("f") && (!replacedMasters.isEmpty() || edits.sharedFormulas > 0)) {
            formulaStart();
        } else {
            copyStart(null, null);
        }
    }

    private void end() throws IOException {
        boolean main = depth <= 3 && in.isMain();
        if (depth == 3 && inSheetData && main && in.isLocal("row")) {
            if (pendingCells != null) {
                closeStart();
                while (nextCellEdit != null) newCell(row, nextCellEdit);
                pendingCells = null;
            }
        } else if (depth == 2 && main && in.isLocal("sheetData")) {
            closeStart();
            while (nextRowEdits != null) newRow(nextRowEdits);
            inSheetData = false;
        } else if (depth == 1) {
            addLegacyDrawing();
        } else if (depth == 4) {
            inCell = false;
        }
        depth--;
        if (startOpen) {
            out.raw("/>");
            startOpen = false;
        } else {
            in.copyEnd(out);
        }
    }

    private void rowStart() throws IOException {
        String r = in.attribute(null, "r");
        row = r == null ? nextRow : Integer.parseInt(r.trim());
        nextRow = row + 1;
        nextCol = 0;
        while (nextRowEdits != null && nextRowEdits.row < row) newRow(nextRowEdits);
        if (nextRowEdits != null && nextRowEdits.row == row) {
            pendingCells = nextRowEdits;
            pendingCell = 0;
            advanceCell();
            advanceRow();
            // cells are added: the spans hint would be wrong
            copyStart("spans", null);
        } else {
            pendingCells = null;
            copyStart(null, null);
        }
    }

    private void cellStart() throws XMLStreamException, IOException {
        col = in.column("r", nextCol);
        nextCol = col + 1;
        while (nextCellEdit != null && nextCellEdit.col < col) newCell(row, nextCellEdit);
        SheetEdits.Edit e = null;
        if (nextCellEdit != null && nextCellEdit.col == col) {
            e = nextCellEdit;
            advanceCell();
        }
        int style = in.number("s", 0);
        Integer undo = edits.undo.isEmpty() ? null : edits.undo.get(SheetEdits.key(row, col));
        if (undo != null && undo < stylesAtLoad) style = undo;
        if (e == null) {
            inCell = true;
            if (undo == null) copyCell();
            else copyStart("s", styleAttr(style));
            return;
        }
        int newStyle = style(e, style, row, col);
        if (!e.content) {
            inCell = true;
            copyStart("s", styleAttr(newStyle));
            return;
        }
        skipReplacedCell();
        depth--;
        content(col, row, newStyle, e);
    }

    /**
     * A cell left as it is: copied whole, unless it holds a formula (a shared one may need renumbering or writing
     * out), which goes on through {@link #start}.
     */
    private void copyCell() throws IOException, XMLStreamException {
        if (in.copyElement(out, "f")) {
            inCell = false;
            depth--;
        }
    }

    /** Reads past the replaced cell's content, remembering it when it is a shared formula's master. */
    private void skipReplacedCell() throws XMLStreamException {
        int d = 1;
        while (d > 0) {
            int ev = in.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (in.isLocal("f") && "shared".equals(in.attribute(null, "t"))
                        && in.attribute(null, "ref") != null && in.attribute(null, "si") != null) {
                    String si = in.attribute(null, "si");
                    replacedMasters.put(si, new Master(in.elementText(), row, col));
                } else {
                    d++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                d--;
            }
        }
    }

    /** A formula that shares a replaced master's: written out as the master's, moved to this cell. */
    private void formulaStart() throws XMLStreamException, IOException {
        String si = in.attribute(null, "si");
        boolean shared = "shared".equals(in.attribute(null, "t"));
        Master m = shared && in.attribute(null, "ref") == null ? replacedMasters.get(si) : null;
        if (m == null) {
            copyStart("si", si == null || !shared ? si : renumbered(si));
            return;
        }
        in.elementText();
        depth--;
        String f = capaian.formula.FormulaShift.shift(m.formula(), row - m.row(), col - m.col());
        out.raw('<').raw(p).raw("f>").text(f).raw("</").raw(p).raw("f>");
    }

    /** The sheet's own shared formulas are numbered after the edits' ({@link SheetEdits#sharedFormulas}). */
    private String renumbered(String si) {
        try {
            return Integer.toString(Math.addExact(Integer.parseInt(si.trim()), edits.sharedFormulas));
        } catch (ArithmeticException | NumberFormatException notANumber) {
            return si;
        }
    }

    private void advanceCell() {
        nextCellEdit = pendingCell < pendingCells.size() ? pendingCells.get(pendingCell++) : null;
    }

    private void advanceRow() {
        nextRowEdits = pendingRow < edits.rowCount() ? edits.row(pendingRow++) : null;
    }

    private void newRow(SheetEdits.Row cells) throws IOException {
        int r = cells.row;
        out.raw('<').raw(p).raw("row").attr("r", r).raw('>');
        for (int i = 0; i < cells.size(); i++) writeNew(r, cells.get(i));
        out.raw("</").raw(p).raw("row>");
        advanceRow();
    }

    private void newCell(int r, SheetEdits.Edit e) throws IOException {
        writeNew(r, e);
        advanceCell();
    }

    /** A cell the sheet did not have: created with the default style, as POI's createCell does. */
    private void writeNew(int r, SheetEdits.Edit e) throws IOException {
        int c = e.col;
        int style = style(e, 0, r, c);
        if (e.content) content(c, r, style, e);
        else Cells.write(out, p, c, r, style, null, null);
    }

    /** An edited cell's new content: the first cell of a shared formula carries its text, the others none. */
    private void content(int c, int r, int style, SheetEdits.Edit e) throws IOException {
        String text = e.shared < 0 || e.sharedTo > 0 ? e.formula() : null;
        Cells.write(out, p, c, r, style, text, e.shared, e.sharedTo, e.value);
    }

    /** The style a cell ends with: its edit's or its own, with the finding's fill on top. */
    private int style(SheetEdits.Edit e, int current, int r, int c) {
        int base = e.style != SheetEdits.KEEP ? e.style : current;
        if (e.fill == null) return base;
        edits.markedBase.put(SheetEdits.key(r, c), base);
        return styles.withFill(base, e.fill);
    }

    private void addLegacyDrawing() throws IOException {
        if (newLegacyDrawingId == null || legacyDrawingId != null) return;
        closeStart();
        legacyDrawingId = newLegacyDrawingId;
        out.raw('<').raw(p).raw("legacyDrawing").attr("xmlns:r", XmlOut.REL_NS).attr("r:id", newLegacyDrawingId).raw("/>");
    }

    /** The dimension widened to the cells added, as "A1:M40". */
    private String dimension(String ref) {
        if (ref == null || edits.isEmpty()) return ref;
        String[] parts = ref.split(":");
        String last = parts[parts.length - 1];
        int lastCol = CellRef.columnIndex(last);
        int lastRow = CellRef.rowNumber(last);
        int maxCol = Math.max(lastCol, edits.maxCol());
        int maxRow = Math.max(lastRow, edits.maxRow());
        if (maxCol == lastCol && maxRow == lastRow) return ref;
        return (parts.length == 2 ? parts[0] : "A1") + ":" + CellRef.a1(maxCol, maxRow);
    }

    /**
     * Copies the current start tag, leaving it open for a possible "/>": namespace declarations and
     * attributes as they are, except {@code attr} which is replaced by {@code value} (dropped when null).
     */
    private void copyStart(String attr, String value) throws IOException {
        startOpen = true;
        in.copyStart(out, attr, value);
    }

    private void closeStart() throws IOException {
        if (startOpen) {
            out.raw('>');
            startOpen = false;
        }
    }

    private static String styleAttr(int style) {
        return style == 0 ? null : Integer.toString(style);
    }
}
