package uk.police.hcir.platform.axonpostgres;

import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon on PostgreSQL without Axon Server: the JDBC event store, token store, saga store and a dead-letter queue
 * for every processing group, all on tables that Flyway creates, with pooled streaming processors by default.
 *
 * <p>The token store is declared here, explicitly, so that the Kafka extension never installs its own.
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
@EnableConfigurationProperties({AxonPostgresProperties.class, TokenStoreProperties.class})
public class AxonPostgresAutoConfiguration {

    /** The processing group of the Kafka publisher: it retries rather than dead-letters, to keep order. */
    static final Set<String> GROUPS_WITHOUT_DEAD_LETTERS = Set.of("__axon-kafka-event-publishing-group");

    @Bean
    public FlywayConfigurationCustomizer axonTablesMigrationLocation() {
        return AdditionalMigrations.at("classpath:db/hcir-axon");
    }

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new JdbcSQLErrorCodesResolver();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer snapshotSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 AxonPostgresProperties properties) {
        return JdbcEventStorageEngine.builder()
                                     .eventSerializer(eventSerializer)
                                     .snapshotSerializer(snapshotSerializer)
                                     .upcasterChain(configuration.upcasterChain())
                                     .snapshotFilter(configuration.snapshotFilter())
                                     .persistenceExceptionResolver(persistenceExceptionResolver)
                                     .connectionProvider(connectionProvider)
                                     .transactionManager(transactionManager)
                                     .schema(AxonTableSchemas.events())
                                     .dataType(byte[].class)
                                     .batchSize(properties.readBatchSize())
                                     .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                                     .maxGapOffset(properties.maxGapOffset())
                                     .build();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 TokenStoreProperties tokenStoreProperties) {
        return JdbcTokenStore.builder()
                             .connectionProvider(connectionProvider)
                             .serializer(serializer)
                             .schema(AxonTableSchemas.tokens())
                             .contentType(byte[].class)
                             .claimTimeout(tokenStoreProperties.getClaimTimeout())
                             .build();
    }

    @Bean
    public JdbcSagaStore sagaStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcSagaStore.builder()
                            .connectionProvider(connectionProvider)
                            .serializer(serializer)
                            .sqlSchema(new PostgresSagaSqlSchema(AxonTableSchemas.sagas()))
                            .build();
    }

    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return AxonTableSchemas.deadLetters();
    }

    @Bean
    public ConfigurerModule hcirEventProcessingDefaults(AxonPostgresProperties properties) {
        return configurer -> configurer
                .eventProcessing()
                .usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration(
                        (config, builder) -> builder
                                .initialToken(StreamableMessageSource::createTailToken)
                                .batchSize(properties.processorBatchSize())
                                .initialSegmentCount(properties.initialSegments()))
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }

    @Bean
    public SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, TokenStore tokenStore,
                                           TransactionManager transactionManager, DataSource dataSource,
                                           AxonPostgresProperties properties) {
        return new SegmentBalancer(processing, tokenStore, transactionManager, JdbcClient.create(dataSource),
                                   Clock.systemUTC(), properties.balanceInterval());
    }

    /**
     * A dead-letter queue for every processing group. Registered after every other module: Axon's own JDBC
     * auto-configuration registers a provider too, which gives a queue only to groups enabled one by one in
     * properties, and whichever module registers last wins.
     */
    @Bean
    public ConfigurerModule hcirDeadLetterQueues(ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 DeadLetterSchema deadLetterSchema,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer serializer) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing().registerDeadLetterQueueProvider(
                        processingGroup -> GROUPS_WITHOUT_DEAD_LETTERS.contains(processingGroup)
                                ? null
                                : config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                                                        .processingGroup(processingGroup)
                                                                        .connectionProvider(connectionProvider)
                                                                        .transactionManager(transactionManager)
                                                                        .schema(deadLetterSchema)
                                                                        .genericSerializer(serializer)
                                                                        .eventSerializer(eventSerializer)
                                                                        .build());
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    @Bean
    public SavepointPerEventHandlerDefinition savepointPerEventHandlerDefinition(
            PlatformTransactionManager transactionManager) {
        return new SavepointPerEventHandlerDefinition(transactionManager);
    }
}
