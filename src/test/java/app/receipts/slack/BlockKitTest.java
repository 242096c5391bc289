package app.receipts.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;

/** The helpers write exactly the JSON of the Block Kit DSL lambdas they replace. */
class BlockKitTest {
  @Test
  void a_text_section_and_a_note_are_what_the_dsl_writes() {
    assertSameJson(section(s -> s.text(markdownText("*hi* <x>"))), BlockKit.text("*hi* <x>"));
    assertSameJson(
        context(c -> c.elements(asContextElements(markdownText("a note")))),
        BlockKit.note("a note"));
  }

  @Test
  void buttons_are_what_the_dsl_writes() {
    assertSameJson(
        actions(
            a ->
                a.elements(
                    asElements(
                        button(
                            b ->
                                b.actionId("go").text(plainText("Go")).style("primary").value("1")),
                        button(b -> b.actionId("plain").text(plainText("Plain")).value("2")),
                        button(
                            b ->
                                b.actionId("undo")
                                    .text(plainText("Undo"))
                                    .style("danger")
                                    .value("3"))))),
        BlockKit.buttons(
            BlockKit.primary("go", "Go", "1"),
            BlockKit.button("plain", "Plain", "2"),
            BlockKit.danger("undo", "Undo", "3")));
  }

  private static void assertSameJson(Object expected, Object actual) {
    var gson = GsonFactory.createSnakeCase();
    assertEquals(gson.toJson(expected), gson.toJson(actual));
  }
}
