// Go twin: k8s.io/apimachinery/pkg/selection/operator.go @ v1.34.0

export const Operator = {
  DoesNotExist: '!',
  Equals: '=',
  DoubleEquals: '==',
  In: 'in',
  NotEquals: '!=',
  NotIn: 'notin',
  Exists: 'exists',
  GreaterThan: 'gt',
  LessThan: 'lt',
} as const;

export type Operator = (typeof Operator)[keyof typeof Operator];
