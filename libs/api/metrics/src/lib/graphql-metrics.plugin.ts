import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphqlConfig, TrustedDocuments } from '@forum/api/platform';
import { ForumMetrics } from './forum-metrics.js';
import { noOperation, OperationLabels } from './operation-labels.js';

/** Codes are the formatter's fixed set; anything else a plugin might invent is folded. */
const codePattern = /^[A-Z][A-Z_]{0,39}$/;

/**
 * Times every GraphQL request over HTTP and counts the error codes its response carries, labelled
 * by operation name (bounded by {@link OperationLabels}) and type. Registered with Apollo Server
 * through `@Plugin()`, beside the plugins of the GraphQL module.
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  private readonly labels: OperationLabels;

  constructor(
    private readonly metrics: ForumMetrics,
    config: GraphqlConfig,
  ) {
    const trusted = config.manifestPath ? TrustedDocuments.load(config.manifestPath) : null;
    this.labels = new OperationLabels(trusted?.documentTexts() ?? []);
  }

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const started = performance.now();
    let operation = noOperation;
    let type = noOperation;
    return {
      didResolveOperation: async (context) => {
        operation = this.labels.labelOf(context.operationName);
        type = context.operation?.operation ?? noOperation;
      },
      willSendResponse: async ({ response }) => {
        this.metrics.graphqlDuration.observe(
          { operation, type },
          (performance.now() - started) / 1000,
        );
        if (response.body.kind !== 'single') return;
        const codes = new Set(
          (response.body.singleResult.errors ?? []).map((error) => {
            const code = error.extensions?.['code'];
            return typeof code === 'string' && codePattern.test(code) ? code : 'OTHER';
          }),
        );
        for (const code of codes) this.metrics.graphqlErrors.inc({ operation, type, code });
      },
    };
  }
}
