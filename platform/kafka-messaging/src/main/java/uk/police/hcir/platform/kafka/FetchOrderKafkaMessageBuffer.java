package uk.police.hcir.platform.kafka;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;

/**
 * Hands fetched Kafka records to a streaming processor in the order they were fetched.
 *
 * <p>The fetcher gives each record a token that covers every record fetched before it. The extension's
 * {@code SortedKafkaMessageBuffer} re-orders records by timestamp across partitions, so a record fetched later but
 * stamped earlier can reach the processor first, and its token then covers records still in the buffer. A pooled
 * streaming processor skips any event whose token is covered by the last one it was given, so those records were
 * never handled: with several producers, or a producer that retried, cases went missing without a word in the log.
 * In fetch order every token covers only records already delivered, and each partition (so each case) keeps its
 * order.
 */
public final class FetchOrderKafkaMessageBuffer<E> implements Buffer<E> {

    private final ArrayDeque<E> elements;
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    public FetchOrderKafkaMessageBuffer(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("The capacity must be positive, not " + capacity);
        }
        this.capacity = capacity;
        this.elements = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    @Override
    public void put(E element) throws InterruptedException {
        Objects.requireNonNull(element, "element");
        lock.lockInterruptibly();
        try {
            add(element);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void putAll(Collection<E> batch) throws InterruptedException {
        Objects.requireNonNull(batch, "batch");
        lock.lockInterruptibly();
        try {
            for (E element : batch) {
                add(Objects.requireNonNull(element, "element"));
            }
        } finally {
            lock.unlock();
        }
    }

    private void add(E element) throws InterruptedException {
        while (elements.size() >= capacity) {
            notFull.await();
        }
        elements.addLast(element);
        notEmpty.signal();
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (elements.isEmpty()) {
                throwIfFailed();
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return remove();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public E take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (elements.isEmpty()) {
                throwIfFailed();
                notEmpty.await();
            }
            return remove();
        } finally {
            lock.unlock();
        }
    }

    private E remove() {
        E element = elements.pollFirst();
        notFull.signal();
        return element;
    }

    @Override
    public E peek() {
        lock.lock();
        try {
            if (elements.isEmpty()) {
                throwIfFailed();
                return null;
            }
            return elements.peekFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return elements.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public int remainingCapacity() {
        lock.lock();
        try {
            return capacity - elements.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void clear() {
        lock.lock();
        try {
            elements.clear();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The fetcher failed: whoever waits for an element, or next asks for one of an empty buffer, gets the failure. */
    @Override
    public void setException(RuntimeException exception) {
        failure.set(exception);
        lock.lock();
        try {
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void throwIfFailed() {
        RuntimeException exception = failure.get();
        if (exception != null) {
            throw exception;
        }
    }

    @Override
    public String toString() {
        return "FetchOrderKafkaMessageBuffer[" + size() + "/" + capacity + "]";
    }
}
