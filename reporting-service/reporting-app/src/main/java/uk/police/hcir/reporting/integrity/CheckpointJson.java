package uk.police.hcir.reporting.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

final class CheckpointJson {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                                                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CheckpointJson() {
    }

    static Checkpoint read(String text) {
        try {
            return MAPPER.readValue(text, Checkpoint.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
