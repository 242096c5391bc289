# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper fetches Maven and the dependencies, then builds the one jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY db/ db/
COPY src/ src/
RUN ./mvnw -q -B -DskipTests package

# Runtime stage: a JRE, a non-root user, data on a volume.
FROM eclipse-temurin:17-jre
RUN groupadd --system receipts \
    && useradd --system --gid receipts --uid 10001 --home-dir /app receipts \
    && mkdir -p /data \
    && chown receipts:receipts /data
WORKDIR /app
COPY --from=build /src/target/receipts.jar /app/receipts.jar
USER receipts
ENV DATABASE_URL=jdbc:sqlite:/data/receipts.db \
    PORT=3000 \
    WARM_UP=on
VOLUME ["/data"]
EXPOSE 3000
# The JRE image has no curl: the jar carries its own probe of /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["java", "-cp", "/app/receipts.jar", "app.receipts.HealthCheck"]
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-Xmn32m", "-Xss512k", "-jar", "/app/receipts.jar"]
