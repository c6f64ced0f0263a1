package dev.gradiant.sdk.testing.internal;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The custom scalars of {@code gradiant.graphql}: {@code DateTime}, {@code Date}, {@code Decimal}.
 */
final class GraphqlScalars {
  private GraphqlScalars() {}

  /** RFC 3339 {@code date-time}, read into an {@link Instant}, written as text. */
  static final GraphQLScalarType DATE_TIME = text("DateTime", Instant::parse);

  /** RFC 3339 {@code full-date}, read into a {@link LocalDate}, written as text. */
  static final GraphQLScalarType DATE = text("Date", LocalDate::parse);

  /** An exact number, read into and written from {@link BigDecimal}. */
  static final GraphQLScalarType DECIMAL =
      GraphQLScalarType.newScalar()
          .name("Decimal")
          .coercing(
              new Coercing<BigDecimal, BigDecimal>() {
                @Override
                public BigDecimal serialize(Object value, GraphQLContext context, Locale locale) {
                  return value instanceof BigDecimal decimal
                      ? decimal
                      : new BigDecimal(value.toString());
                }

                @Override
                public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
                  if (input instanceof Number number) {
                    return new BigDecimal(number.toString());
                  }
                  throw new CoercingParseValueException("A Decimal is a JSON number");
                }

                @Override
                public BigDecimal parseLiteral(
                    Value<?> input,
                    CoercedVariables variables,
                    GraphQLContext context,
                    Locale locale) {
                  if (input instanceof IntValue integer) {
                    return new BigDecimal(integer.getValue());
                  }
                  if (input instanceof FloatValue decimal) {
                    return decimal.getValue();
                  }
                  throw new CoercingParseLiteralException("A Decimal is a number");
                }
              })
          .build();

  private static GraphQLScalarType text(String name, Function<String, ?> parser) {
    return GraphQLScalarType.newScalar()
        .name(name)
        .coercing(
            new Coercing<Object, String>() {
              @Override
              public String serialize(Object value, GraphQLContext context, Locale locale) {
                return value.toString();
              }

              @Override
              public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                try {
                  return parser.apply((String) input);
                } catch (ClassCastException | DateTimeParseException e) {
                  throw new CoercingParseValueException("Not an RFC 3339 " + name);
                }
              }

              @Override
              public Object parseLiteral(
                  Value<?> input,
                  CoercedVariables variables,
                  GraphQLContext context,
                  Locale locale) {
                if (input instanceof StringValue text) {
                  try {
                    return parser.apply(text.getValue());
                  } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException("Not an RFC 3339 " + name);
                  }
                }
                throw new CoercingParseLiteralException("A " + name + " is a string");
              }
            })
        .build();
  }
}
