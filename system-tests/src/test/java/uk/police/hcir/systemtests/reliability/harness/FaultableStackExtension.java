package uk.police.hcir.systemtests.reliability.harness;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link FaultableStack} for each test that asks for one and keeps it in the test's store, which JUnit
 * closes when the test ends, passed or failed.
 */
final class FaultableStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FaultableStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == FaultableStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getStore(NAMESPACE)
                        .getOrComputeIfAbsent("stack", key -> new ClosingStack(FaultableStack.start()),
                                              ClosingStack.class)
                        .stack();
    }

    private record ClosingStack(FaultableStack stack) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            stack.close();
        }
    }
}
