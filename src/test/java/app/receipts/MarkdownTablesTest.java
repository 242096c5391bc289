package app.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every table written in the README and docs renders as a table on GitHub: a header whose cell
 * count differs from its separator's is shown as a paragraph of pipes, as the Configuration table
 * once was.
 */
class MarkdownTablesTest {
  private static final Parser GFM =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  static Stream<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> files = Files.list(Path.of("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void every_table_parses_as_a_table(Path document) throws IOException {
    String markdown = Files.readString(document);
    List<TableBlock> parsed = new ArrayList<>();
    GFM.parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                  parsed.add(table);
                }
                visitChildren(block);
              }
            });

    List<List<String>> written = writtenTables(markdown);
    assertEquals(
        written.size(),
        parsed.size(),
        document
            + ": every block of |-lines is a table; the written ones start with "
            + firsts(written));
    for (List<String> rows : written) {
      // GitHub (cmark-gfm) refuses a table whose header and separator differ in cell count,
      // which commonmark-java accepts; and a row of another width is a mistake in any case
      int width = gfmCells(rows.get(0));
      for (String row : rows) {
        assertEquals(width, gfmCells(row), document + ": cells of '" + row + "' in " + rows.get(0));
      }
    }
    for (int i = 0; i < parsed.size(); i++) {
      List<String> rows = written.get(i);
      int headerCells = cells(parsed.get(i).getFirstChild().getFirstChild());
      assertEquals(
          rows.size() - 1, rowCount(parsed.get(i)), document + ": every row kept: " + rows.get(0));
      for (Node row = parsed.get(i).getLastChild().getFirstChild();
          row != null;
          row = row.getNext()) {
        assertEquals(headerCells, cells(row), document + ": a row of " + rows.get(0));
      }
      assertFalse(headerCells < 2, document + ": a real table: " + rows.get(0));
    }
  }

  /** Consecutive lines starting with |, outside fenced code: what the author meant as tables. */
  private static List<List<String>> writtenTables(String markdown) {
    List<List<String>> tables = new ArrayList<>();
    List<String> current = null;
    boolean fenced = false;
    for (String line : markdown.lines().toList()) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      }
      if (!fenced && line.startsWith("|")) {
        if (current == null) {
          current = new ArrayList<>();
          tables.add(current);
        }
        current.add(line);
      } else {
        current = null;
      }
    }
    return tables;
  }

  /** Cells as GFM splits a row: on every | not escaped with a backslash, code spans included. */
  static int gfmCells(String row) {
    String line = row.strip();
    int pipes = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        pipes++;
      }
    }
    int edges =
        (line.startsWith("|") ? 1 : 0) + (line.endsWith("|") && !line.endsWith("\\|") ? 1 : 0);
    return pipes - edges + 1;
  }

  private static int rowCount(TableBlock table) {
    int rows = 0;
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow) {
          rows++;
        }
      }
    }
    return rows;
  }

  private static int cells(Node row) {
    int cells = 0;
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (cell instanceof TableCell) {
        cells++;
      }
    }
    return cells;
  }

  private static List<String> firsts(List<List<String>> tables) {
    return tables.stream().map(rows -> rows.get(0)).toList();
  }
}
