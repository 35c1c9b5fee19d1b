package uk.police.hcir.platform.axonpostgres.gaps;

/** An event written by one of the concurrent writers: which writer, and its number in that writer's sequence. */
public record Probe(String writer, int number) {
}
