package uk.police.hcir.platform.requestcontext;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Gives every command sent while serving a request the request's actor and correlation id, unless the sender set
 * them itself.
 */
public class AuditMetadataDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(AuditMetadata.ACTOR_ID)) {
                return command;
            }
            return RequestContext.current()
                                 .<CommandMessage<?>>map(context -> command.andMetaData(
                                         AuditMetadata.of(context.actor(), context.correlationId())))
                                 .orElse(command);
        };
    }
}
