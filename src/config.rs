//! claims.yaml
