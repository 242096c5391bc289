package app.receipts.entries;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;

/**
 * How an entry's competency (by its stable id) and links (one text column, a line each) are stored,
 * both ways, so {@link Entry} itself is bound and mapped as it is. Public because Jdbi builds it
 * reflectively from {@link EntryDao}'s annotations.
 */
public final class EntryColumns implements ColumnMapperFactory, ArgumentFactory.Preparable {
  private static final String LINK_SEPARATOR = "\n";

  public EntryColumns() {}

  static String linksText(List<String> links) {
    return String.join(LINK_SEPARATOR, links);
  }

  @Override
  public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
    if (type == Competency.class) {
      // a competency no longer in the rubric reads as the catch-all rather than failing the page
      return Optional.of(
          (rs, column, ctx) -> Competency.fromId(rs.getString(column)).orElse(Competency.DELIVERY));
    }
    if (isStringList(type)) {
      return Optional.of(
          (rs, column, ctx) -> {
            String links = rs.getString(column);
            return links == null || links.isEmpty()
                ? List.of()
                : Arrays.asList(links.split(LINK_SEPARATOR));
          });
    }
    return Optional.empty();
  }

  @Override
  public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
    if (type == Competency.class) {
      return Optional.of(value -> text(value == null ? null : ((Competency) value).id()));
    }
    if (isStringList(type)) {
      return Optional.of(value -> text(value == null ? null : linksText(strings(value))));
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return (List<String>) value;
  }

  private static Argument text(String value) {
    return (position, statement, ctx) -> {
      if (value == null) {
        statement.setNull(position, Types.VARCHAR);
      } else {
        statement.setString(position, value);
      }
    };
  }

  private static boolean isStringList(Type type) {
    return type instanceof ParameterizedType list
        && list.getRawType() == List.class
        && list.getActualTypeArguments()[0] == String.class;
  }
}
