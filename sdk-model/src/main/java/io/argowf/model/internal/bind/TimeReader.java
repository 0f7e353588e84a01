package io.argowf.model.internal.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.argowf.model.k8s.Time;
import java.io.IOException;

/**
 * Reads a {@link Time} from its text with {@link Time#parse}, as its {@code @JsonCreator} says, without Jackson's
 * reflective creator call (four timestamps per status node). Anything but a string is refused as Jackson refuses it,
 * and text that is no timestamp fails as the creator's failure does.
 *
 * <pre>{@code
 * module.addDeserializer(Time.class, new TimeReader());
 * }</pre>
 */
public final class TimeReader extends JsonDeserializer<Time> {
  @Override
  public Time deserialize(JsonParser p, DeserializationContext c) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) return (Time) c.handleUnexpectedToken(Time.class, p);
    try {
      return Time.parse(p.getText());
    } catch (IllegalArgumentException e) {
      throw ValueInstantiationException.from(p, "Cannot construct instance of `Time`: " + e.getMessage(), c.constructType(Time.class), e);
    }
  }

  @Override
  public Class<?> handledType() {
    return Time.class;
  }
}
