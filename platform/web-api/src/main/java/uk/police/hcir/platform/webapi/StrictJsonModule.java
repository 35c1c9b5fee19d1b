package uk.police.hcir.platform.webapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Refuses text that holds control characters other than tab, line feed and carriage return: they have no place
 * in anything a person types, and they break logs, exports and screens further on.
 */
public class StrictJsonModule extends SimpleModule {

    public StrictJsonModule() {
        super("hcir-strict-json");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && hasControlCharacters(value)) {
                    throw new IllegalArgumentException("contains control characters");
                }
                return value;
            }
        });
    }

    static boolean hasControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }
}
