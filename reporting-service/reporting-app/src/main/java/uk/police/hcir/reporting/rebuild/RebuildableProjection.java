package uk.police.hcir.reporting.rebuild;

import java.util.List;
import java.util.Optional;

/**
 * A projection that can be built afresh beside the one serving and then swapped in, with its progress.
 * {@link ProjectionRebuilds} finds every one of them by its name.
 */
public interface RebuildableProjection {

    /** The projection's name, as the API's {@code /api/rebuilds/{projection}} uses it. */
    String projection();

    RebuildProgress start();

    Optional<RebuildProgress> progress(String rebuildId);

    /** This projection's rebuilds since the service started, newest first. */
    List<RebuildProgress> runs();
}
