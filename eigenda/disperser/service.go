package disperser

import (
	"context"

	"google.golang.org/grpc"
)

// ServiceName is the fully qualified gRPC service name.
const ServiceName = "disperser.Disperser"

// Full method names of the RPCs this package speaks.
const (
	MethodDisperseBlob  = "/" + ServiceName + "/DisperseBlob"
	MethodGetBlobStatus = "/" + ServiceName + "/GetBlobStatus"
	MethodRetrieveBlob  = "/" + ServiceName + "/RetrieveBlob"
)

// Server is the server side of the RPCs this package speaks. Tests and devnets
// implement it to stand in for an EigenDA disperser.
type Server interface {
	DisperseBlob(ctx context.Context, req *DisperseBlobRequest) (*DisperseBlobReply, error)
	GetBlobStatus(ctx context.Context, req *BlobStatusRequest) (*BlobStatusReply, error)
	RetrieveBlob(ctx context.Context, req *RetrieveBlobRequest) (*RetrieveBlobReply, error)
}

func unaryHandler[Req any, PReq interface {
	*Req
	message
}](call func(Server, context.Context, PReq) (any, error), method string) func(any, context.Context, func(any) error, grpc.UnaryServerInterceptor) (any, error) {
	return func(srv any, ctx context.Context, dec func(any) error, icpt grpc.UnaryServerInterceptor) (any, error) {
		req := PReq(new(Req))
		if err := dec(req); err != nil {
			return nil, err
		}
		if icpt == nil {
			return call(srv.(Server), ctx, req)
		}
		info := &grpc.UnaryServerInfo{Server: srv, FullMethod: method}
		return icpt(ctx, req, info, func(ctx context.Context, r any) (any, error) {
			return call(srv.(Server), ctx, r.(PReq))
		})
	}
}

// ServiceDesc describes the disperser service for grpc.Server.RegisterService.
var ServiceDesc = grpc.ServiceDesc{
	ServiceName: ServiceName,
	HandlerType: (*Server)(nil),
	Methods: []grpc.MethodDesc{
		{MethodName: "DisperseBlob", Handler: unaryHandler(func(s Server, ctx context.Context, r *DisperseBlobRequest) (any, error) {
			return s.DisperseBlob(ctx, r)
		}, MethodDisperseBlob)},
		{MethodName: "GetBlobStatus", Handler: unaryHandler(func(s Server, ctx context.Context, r *BlobStatusRequest) (any, error) {
			return s.GetBlobStatus(ctx, r)
		}, MethodGetBlobStatus)},
		{MethodName: "RetrieveBlob", Handler: unaryHandler(func(s Server, ctx context.Context, r *RetrieveBlobRequest) (any, error) {
			return s.RetrieveBlob(ctx, r)
		}, MethodRetrieveBlob)},
	},
	Metadata: "disperser/disperser.proto",
}

// NewGRPCServer returns a gRPC server using this package's codec with srv
// registered as the disperser service.
func NewGRPCServer(srv Server, opts ...grpc.ServerOption) *grpc.Server {
	s := grpc.NewServer(append([]grpc.ServerOption{grpc.ForceServerCodec(Codec{})}, opts...)...)
	s.RegisterService(&ServiceDesc, srv)
	return s
}
