import customerSdl from './customer/customer.graphql';
import orderSdl from './order/order.graphql';

/** Every SDL file of this subgraph; the compose tool and a contract test check none is missing. */
export const typeDefs = [customerSdl, orderSdl];
