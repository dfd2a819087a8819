//! The HTTP server of `kinerja run --listen ADDR`: `/healthz` and `/metrics`, in webhook
//! mode the webhook's path ([`super::webhook`]), and with a public URL the evidence links
//! at `/bukti/` ([`super::evidence`]). Plain HTTP: HTTPS is terminated by
//! a reverse proxy in front (README).

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use super::evidence::{self, EvidenceRoute};
use super::webhook::{self, WebhookRoute};
use crate::store::Store;
use crate::telegram::Metrics;
use crate::telegram::metrics::Depths;

/// How long `/healthz` and the depths of `/metrics` wait for the database.
const DATABASE_PATIENCE: Duration = Duration::from_secs(2);

#[derive(Clone)]
struct Health {
    store: Store,
    metrics: Arc<Metrics>,
}

/// The routes: `GET /healthz`, `GET /metrics`, `POST` on the webhook's path when there is
/// a webhook, and `GET /bukti/<kind>/<id>` when evidence links are given out.
pub fn router(
    store: Store,
    metrics: Arc<Metrics>,
    webhook: Option<WebhookRoute>,
    evidence: Option<EvidenceRoute>,
) -> Router {
    let mut router = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics_text))
        .with_state(Health { store, metrics });
    if let Some(route) = webhook {
        router = router.merge(
            Router::new()
                .route(&route.path.clone(), post(webhook::receive))
                .with_state(route),
        );
    }
    if let Some(route) = evidence {
        router = router.merge(
            Router::new()
                .route(evidence::PATH, get(evidence::serve))
                .with_state(route),
        );
    }
    router
}

/// 200 `ok` when the database answers `SELECT 1` within two seconds, else 503.
async fn healthz(State(h): State<Health>) -> Response {
    match tokio::time::timeout(DATABASE_PATIENCE, h.store.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, "ok\n").into_response(),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "health check: the database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
        Err(_) => {
            tracing::warn!("health check: the database did not answer within 2 s");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}

/// The counters, the depths (left out while the database does not answer) and the
/// reply-time histogram, in Prometheus' text format.
async fn metrics_text(State(h): State<Health>) -> Response {
    let depth = |r: Result<Result<i64, crate::store::StoreError>, _>| r.ok().and_then(Result::ok);
    let (inbox, outbox) = tokio::join!(
        tokio::time::timeout(DATABASE_PATIENCE, h.store.inbox_depth()),
        tokio::time::timeout(DATABASE_PATIENCE, h.store.outbox_depth()),
    );
    let text = h.metrics.render(Depths {
        inbox: depth(inbox),
        outbox: depth(outbox),
    });
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
        .into_response()
}

/// Serves `router` on `listener` until `stop` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) {
    if let Err(e) = axum::serve(listener, router)
        .with_graceful_shutdown(stop)
        .await
    {
        tracing::error!(error = %e, "the HTTP server stopped with an error");
    }
}
