package uk.police.hcir.platform.kafka;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the service streams at least one other service's topic, in list or comma-separated form. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(ConditionalOnInboundTopics.InboundTopicsCondition.class)
public @interface ConditionalOnInboundTopics {

    class InboundTopicsCondition implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                         .bind("hcir.messaging.inbound-topics", Bindable.listOf(String.class))
                         .map(topics -> !topics.isEmpty())
                         .orElse(false);
        }
    }
}
