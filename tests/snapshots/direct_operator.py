#! entry = "scale_all"
#! args = "object"
#! object_calls = "on"
# A binary operator whose left operand may be an object, in a unit whose classes define
# its method: `checkoperator` asks whether `v * k` goes first to `V.__mul__` (the
# answer picks the branch: the direct call, or the generic operator); the method is
# called straight into its compiled code (`call f1`), and `reflected.mul` takes its
# result over, or asks the host for `k.__rmul__` if it gave `NotImplemented`. Inside
# `__mul__`, `self.x * k` multiplies numbers (the load is fused): no check there.
class V:
    def __init__(self, x):
        self.x = x

    def __mul__(self, k):
        return V(self.x * k)


def scale_all(vs):
    out = []
    for v in vs:
        out.append(v * 2.0)
    return out
# ==== expected
# f0: fn scale_all(vs: object) -> object
#   b0:  ; line 18
#     out: object = build.list 
#     v4: object = iter vs
#     jump b1
#   b1:  ; line 20
#     for s1.b2 in v4, b2, b3
#   b2:  ; line 20
#     v: object = copy s1.b2
#     v7: float = const 2.0
#     v8: object = getmethod out, .append
#     v9: None = checkoperator v, v7, .__mul__ is fn#3
#     v10: object = call f1(v, v7)
#     v11: float|object = reflected.mul v, v7, v10
#     v12: object = call.method v8, out, v11
#     jump b1
#   b3:  ; line 20
#     return out
# f1: fn V.__mul__(self: object, k: float) -> object
#   b0:  ; line 14
#     v2: object = global V
#     v3: int|float = getattr.num self, .x
#     v4: float = mul v3, k
#     v5: object = new v2 with __init__ fn#2
#     v6: None = call f2(v5, v4)
#     return v5
# f2: fn V.__init__(self: object, x: float) -> None
#   b0:  ; line 11
#     v2: None = setattr self, x, .x
#     v3: None = const None
#     return v3
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i32)))
#   (type (;2;) (func (param i32) (result i32)))
#   (type (;3;) (func (param i32) (result i64)))
#   (type (;4;) (func (param i32 i32) (result i64)))
#   (type (;5;) (func (param i32 i32 i64 i32)))
#   (type (;6;) (func (param i32 i32 i32)))
#   (type (;7;) (func (param i32 i32 i32 i64 i32) (result i32)))
#   (type (;8;) (func (param i32 i32) (result i32)))
#   (type (;9;) (func (param i32 i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;10;) (func (param i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;11;) (func (param i32 i64 i32 i32 i64 i32 i32) (result i32)))
#   (type (;12;) (func (param i32 i32 i32 i64) (result i32)))
#   (type (;13;) (func (param i32 i64) (result i32)))
#   (type (;14;) (func (result i64)))
#   (type (;15;) (func (param i32 f64) (result i32)))
#   (type (;16;) (func (param i32 f64)))
#   (type (;17;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_iter" (func $obj_iter (;2;) (type 2)))
#   (import "pave" "obj_next" (func $obj_next (;3;) (type 2)))
#   (import "pave" "obj_unbox" (func $obj_unbox (;4;) (type 3)))
#   (import "pave" "obj_unbox_tag" (func $obj_unbox_tag (;5;) (type 0)))
#   (import "pave" "obj_getattr_num" (func $obj_getattr_num (;6;) (type 4)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;7;) (type 5)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;8;) (type 6)))
#   (import "pave" "obj_setattr" (func $obj_setattr (;9;) (type 7)))
#   (import "pave" "obj_global" (func $obj_global (;10;) (type 2)))
#   (import "pave" "obj_getmethod" (func $obj_getmethod (;11;) (type 8)))
#   (import "pave" "obj_call" (func $obj_call (;12;) (type 9)))
#   (import "pave" "obj_build" (func $obj_build (;13;) (type 10)))
#   (import "pave" "obj_binary" (func $obj_binary (;14;) (type 11)))
#   (import "pave" "obj_checkoperator" (func $obj_checkoperator (;15;) (type 12)))
#   (import "pave" "obj_reflected" (func $obj_reflected (;16;) (type 11)))
#   (import "pave" "obj_new" (func $obj_new (;17;) (type 13)))
#   (import "pave" "obj_unbox_payload" (func $obj_unbox_payload (;18;) (type 14)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $scale_all (;19;) (type 2) (param i32) (result i32)
#     (local i32 i32 i32 i32 f64 i32 i32 i32 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i64 i32 f64 f64 f64 f64 f64 f64 i32 i32 i32 i32 i32 i32)
#     i32.const 1
#     local.set 14
#     i32.const 1
#     local.set 11
#     global.get 2
#     i32.const 1
#     i32.add
#     global.set 2
#     global.get 2
#     global.get 3
#     i32.gt_s
#     if ;; label = @1
#       i32.const 22
#       global.set 0
#       i32.const 0
#       return
#     end
#     global.get 2
#     i32.const 1
#     i32.eq
#     local.set 15
#     block ;; label = @1
#       i32.const 1
#       i32.const 0
#       i32.const 0
#       i32.const 3
#       i64.const 0
#       i32.const 0
#       i32.const 3
#       i64.const 0
#       i32.const 0
#       i32.const 3
#       i64.const 0
#       i32.const 0
#       call $obj_build
#       local.tee 17
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 1
#         local.set 16
#         br 1 (;@1;)
#       end
#       local.get 17
#       local.set 18
#       local.get 1
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 1
#         call $obj_drop
#       end
#       local.get 18
#       local.set 1
#       i32.const 1
#       local.set 12
#       local.get 0
#       call $obj_iter
#       local.tee 19
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 4
#         local.set 16
#         br 1 (;@1;)
#       end
#       local.get 19
#       local.set 20
#       local.get 3
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 3
#         call $obj_drop
#       end
#       local.get 20
#       local.set 3
#       loop ;; label = @2
#         global.get 4
#         i32.const 1
#         i32.sub
#         global.set 4
#         global.get 4
#         i32.eqz
#         if ;; label = @3
#           i32.const 65536
#           global.set 4
#           call $poll
#           if ;; label = @4
#             i32.const 25
#             global.set 0
#             i32.const 0
#             return
#           end
#         end
#         local.get 3
#         call $obj_next
#         local.tee 22
#         i32.const -1
#         i32.eq
#         if ;; label = @3
#           i32.const 26
#           global.set 0
#           i32.const 5
#           local.set 16
#           br 2 (;@1;)
#         end
#         local.get 22
#         local.tee 21
#         if ;; label = @3
#           local.get 21
#           local.set 23
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           local.get 23
#           local.set 4
#         end
#         local.get 21
#         i32.const 0
#         i32.ne
#         if ;; label = @3
#           local.get 4
#           local.set 24
#           local.get 2
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 2
#             call $obj_drop
#           end
#           local.get 24
#           local.set 2
#           i32.const 1
#           local.set 13
#           i32.const 0
#           local.set 4
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 4
#           f64.const 0x1p+1 (;=2;)
#           local.set 5
#           local.get 1
#           i32.const 269025280
#           call $obj_getmethod
#           local.tee 25
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 8
#             local.set 16
#             br 3 (;@1;)
#           end
#           local.get 25
#           local.set 26
#           local.get 6
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 6
#             call $obj_drop
#           end
#           local.get 26
#           local.set 6
#           i32.const 0
#           local.set 27
#           local.get 2
#           local.get 27
#           i32.const 1
#           i64.const 3
#           call $obj_checkoperator
#           local.set 28
#           local.get 28
#           if ;; label = @4
#             local.get 2
#             local.get 5
#             call $V.__mul__
#             global.get 0
#             if ;; label = @5
#               i32.const 9
#               local.set 16
#               br 4 (;@1;)
#             end
#             local.set 29
#             local.get 7
#             i32.const 4
#             i32.gt_u
#             if ;; label = @5
#               local.get 7
#               call $obj_drop
#             end
#             local.get 29
#             local.set 7
#           end
#           local.get 28
#           if ;; label = @4
#             local.get 7
#             i32.const 4
#             i32.ne
#             if ;; label = @5
#               local.get 7
#               local.set 30
#               local.get 8
#               i32.const 4
#               i32.eq
#               if ;; label = @6
#                 local.get 9
#                 i64.const 4
#                 i64.gt_u
#                 if ;; label = @7
#                   local.get 9
#                   i32.wrap_i64
#                   call $obj_drop
#                 end
#               end
#               local.get 30
#               i64.extend_i32_u
#               local.set 9
#               i32.const 4
#               local.set 8
#             else
#               i32.const 4
#               local.get 2
#               i64.extend_i32_u
#               i32.const 0
#               i32.const 2
#               local.get 5
#               i64.reinterpret_f64
#               i32.const 0
#               i32.const 655874
#               call $obj_reflected
#               local.tee 31
#               i32.const -1
#               i32.eq
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 9
#                 local.set 16
#                 br 5 (;@1;)
#               end
#               local.get 31
#               local.set 32
#               local.get 8
#               i32.const 4
#               i32.eq
#               if ;; label = @6
#                 local.get 9
#                 i64.const 4
#                 i64.gt_u
#                 if ;; label = @7
#                   local.get 9
#                   i32.wrap_i64
#                   call $obj_drop
#                 end
#               end
#               local.get 32
#               i64.extend_i32_u
#               local.set 9
#               i32.const 4
#               local.set 8
#             end
#           else
#             block ;; label = @5
#               block ;; label = @6
#                 local.get 2
#                 call $obj_unbox
#                 local.tee 35
#                 local.set 36
#                 i32.const 2
#                 local.set 37
#                 local.get 35
#                 i64.const 48
#                 i64.shr_u
#                 i64.const 65529
#                 i64.ge_u
#                 if ;; label = @7
#                   local.get 35
#                   i64.const 48
#                   i64.shr_u
#                   i64.const 65529
#                   i64.eq
#                   if ;; label = @8
#                     i32.const 1
#                     local.set 37
#                     local.get 35
#                     i64.const 16
#                     i64.shl
#                     i64.const 16
#                     i64.shr_s
#                     local.set 36
#                   else
#                     local.get 35
#                     i64.const -281474976710656
#                     i64.eq
#                     if ;; label = @9
#                       call $obj_unbox_tag
#                       local.set 37
#                       call $obj_unbox_payload
#                       local.set 36
#                     else
#                       i32.const -1
#                       local.set 37
#                     end
#                   end
#                 end
#                 local.get 37
#                 i32.const -1
#                 i32.eq
#                 if ;; label = @7
#                   br 1 (;@6;)
#                 end
#                 local.get 37
#                 local.set 33
#                 local.get 36
#                 local.set 34
#                 local.get 33
#                 i32.const 1
#                 i32.eq
#                 if ;; label = @7
#                   local.get 34
#                   f64.convert_i64_s
#                   local.set 38
#                   local.get 5
#                   local.set 39
#                   local.get 38
#                   local.get 39
#                   f64.mul
#                   local.set 40
#                   local.get 8
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 9
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 9
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 40
#                   i64.reinterpret_f64
#                   local.set 9
#                   i32.const 2
#                   local.set 8
#                 else
#                   local.get 34
#                   f64.reinterpret_i64
#                   local.set 41
#                   local.get 5
#                   local.set 42
#                   local.get 41
#                   local.get 42
#                   f64.mul
#                   local.set 43
#                   local.get 8
#                   i32.const 4
#                   i32.eq
#                   if ;; label = @8
#                     local.get 9
#                     i64.const 4
#                     i64.gt_u
#                     if ;; label = @9
#                       local.get 9
#                       i32.wrap_i64
#                       call $obj_drop
#                     end
#                   end
#                   local.get 43
#                   i64.reinterpret_f64
#                   local.set 9
#                   i32.const 2
#                   local.set 8
#                 end
#                 br 1 (;@5;)
#               end
#               i32.const 4
#               local.get 2
#               i64.extend_i32_u
#               i32.const 0
#               i32.const 2
#               local.get 5
#               i64.reinterpret_f64
#               i32.const 0
#               i32.const 655874
#               call $obj_binary
#               local.tee 44
#               i32.const -1
#               i32.eq
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 9
#                 local.set 16
#                 br 5 (;@1;)
#               end
#               local.get 44
#               local.set 45
#               local.get 8
#               i32.const 4
#               i32.eq
#               if ;; label = @6
#                 local.get 9
#                 i64.const 4
#                 i64.gt_u
#                 if ;; label = @7
#                   local.get 9
#                   i32.wrap_i64
#                   call $obj_drop
#                 end
#               end
#               local.get 45
#               i64.extend_i32_u
#               local.set 9
#               i32.const 4
#               local.set 8
#             end
#           end
#           i32.const 0
#           local.set 7
#           local.get 7
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 7
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 7
#           local.get 6
#           i32.const 1
#           i32.const 10
#           i32.const 2
#           i32.const 4
#           local.get 1
#           i64.extend_i32_u
#           i32.const 0
#           local.get 8
#           local.get 9
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           call $obj_call
#           local.tee 46
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 10
#             local.set 16
#             br 3 (;@1;)
#           end
#           local.get 46
#           local.set 47
#           local.get 10
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 10
#             call $obj_drop
#           end
#           local.get 47
#           local.set 10
#           local.get 6
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 6
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 6
#           local.get 8
#           i32.const 4
#           i32.eq
#           if ;; label = @4
#             local.get 9
#             i64.const 4
#             i64.gt_u
#             if ;; label = @5
#               local.get 9
#               i32.wrap_i64
#               call $obj_drop
#             end
#           end
#           i32.const 3
#           local.set 8
#           local.get 10
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 10
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 10
#           br 1 (;@2;)
#         else
#           local.get 3
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 3
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 3
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 4
#           local.get 1
#           local.set 49
#           local.get 48
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 48
#             call $obj_drop
#           end
#           local.get 49
#           local.set 48
#           i32.const 0
#           local.set 1
#           local.get 48
#           i32.const 0
#           local.set 48
#           local.get 1
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 1
#             call $obj_drop
#           end
#           local.get 2
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 2
#             call $obj_drop
#           end
#           local.get 3
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 3
#             call $obj_drop
#           end
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           local.get 6
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 6
#             call $obj_drop
#           end
#           local.get 7
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 7
#             call $obj_drop
#           end
#           local.get 8
#           i32.const 4
#           i32.eq
#           if ;; label = @4
#             local.get 9
#             i64.const 4
#             i64.gt_u
#             if ;; label = @5
#               local.get 9
#               i32.wrap_i64
#               call $obj_drop
#             end
#           end
#           local.get 10
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 10
#             call $obj_drop
#           end
#           global.get 2
#           i32.const 1
#           i32.sub
#           global.set 2
#           return
#         end
#       end
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       i32.const 0
#       return
#     end
#     local.get 11
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 14
#       i32.const 0
#       local.get 14
#       i32.const 48
#       i32.gt_u
#       local.get 15
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 12
#     if ;; label = @1
#       i32.const 1
#       i32.const 4
#       local.get 1
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 13
#     if ;; label = @1
#       i32.const 2
#       i32.const 4
#       local.get 2
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 16
#     i32.const 5
#     i32.eq
#     local.get 16
#     i32.const 8
#     i32.eq
#     i32.or
#     local.get 16
#     i32.const 9
#     i32.eq
#     i32.or
#     local.get 16
#     i32.const 10
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 4
#       i32.const 4
#       local.get 3
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 16
#     i32.const 9
#     i32.eq
#     if ;; label = @1
#       i32.const 7
#       i32.const 2
#       local.get 5
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 16
#     i32.const 9
#     i32.eq
#     local.get 16
#     i32.const 10
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 8
#       i32.const 4
#       local.get 6
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 16
#     i32.const 10
#     i32.eq
#     if ;; label = @1
#       i32.const 11
#       local.get 8
#       local.get 9
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 16
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     i32.const 0
#     return
#   )
#   (func $V.__mul__ (;20;) (type 15) (param i32 f64) (result i32)
#     (local i32 i32 i64 f64 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i32 f64 f64 f64 f64 i32 i32 i32 i32)
#     i32.const 1
#     local.set 9
#     i32.const 2
#     local.set 10
#     i32.const 1
#     local.set 7
#     i32.const 1
#     local.set 8
#     global.get 2
#     i32.const 1
#     i32.add
#     global.set 2
#     global.get 2
#     global.get 3
#     i32.gt_s
#     if ;; label = @1
#       i32.const 22
#       global.set 0
#       i32.const 0
#       return
#     end
#     block ;; label = @1
#       i32.const 2
#       call $obj_global
#       local.tee 12
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 1
#         local.set 11
#         br 1 (;@1;)
#       end
#       local.get 12
#       local.set 13
#       local.get 2
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 2
#         call $obj_drop
#       end
#       local.get 13
#       local.set 2
#       local.get 0
#       i32.const 268435459
#       call $obj_getattr_num
#       local.tee 14
#       local.set 15
#       i32.const 2
#       local.set 16
#       local.get 14
#       i64.const 48
#       i64.shr_u
#       i64.const 65529
#       i64.ge_u
#       if ;; label = @2
#         local.get 14
#         i64.const 48
#         i64.shr_u
#         i64.const 65529
#         i64.eq
#         if ;; label = @3
#           i32.const 1
#           local.set 16
#           local.get 14
#           i64.const 16
#           i64.shl
#           i64.const 16
#           i64.shr_s
#           local.set 15
#         else
#           local.get 14
#           i64.const -281474976710656
#           i64.eq
#           if ;; label = @4
#             call $obj_unbox_tag
#             local.set 16
#             call $obj_unbox_payload
#             local.set 15
#           else
#             i32.const -1
#             local.set 16
#           end
#         end
#       end
#       local.get 16
#       i32.const -2
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 3
#         local.set 11
#         br 1 (;@1;)
#       end
#       local.get 16
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 18
#         global.set 0
#         i32.const 3
#         local.set 11
#         br 1 (;@1;)
#       end
#       local.get 16
#       local.set 3
#       local.get 15
#       local.set 4
#       local.get 3
#       i32.const 1
#       i32.eq
#       if ;; label = @2
#         local.get 4
#         f64.convert_i64_s
#         local.set 17
#         local.get 1
#         local.set 18
#         local.get 17
#         local.get 18
#         f64.mul
#         local.set 5
#       else
#         local.get 4
#         f64.reinterpret_i64
#         local.set 19
#         local.get 1
#         local.set 20
#         local.get 19
#         local.get 20
#         f64.mul
#         local.set 5
#       end
#       local.get 2
#       i64.const 2
#       call $obj_new
#       local.tee 21
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 29
#         global.set 0
#         i32.const 6
#         local.set 11
#         br 1 (;@1;)
#       end
#       local.get 21
#       local.set 22
#       local.get 6
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 6
#         call $obj_drop
#       end
#       local.get 22
#       local.set 6
#       local.get 6
#       local.get 5
#       call $V.__init__
#       global.get 0
#       if ;; label = @2
#         i32.const 6
#         local.set 11
#         br 1 (;@1;)
#       end
#       local.get 2
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 2
#         call $obj_drop
#       end
#       i32.const 0
#       local.set 2
#       local.get 6
#       local.set 24
#       local.get 23
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 23
#         call $obj_drop
#       end
#       local.get 24
#       local.set 23
#       i32.const 0
#       local.set 6
#       local.get 23
#       i32.const 0
#       local.set 23
#       local.get 2
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 2
#         call $obj_drop
#       end
#       local.get 6
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 6
#         call $obj_drop
#       end
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       i32.const 0
#       return
#     end
#     local.get 7
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 9
#       i32.const 0
#       local.get 9
#       i32.const 48
#       i32.gt_u
#       select
#       call $obj_resume_var
#     end
#     local.get 8
#     if ;; label = @1
#       i32.const 1
#       i32.const 2
#       local.get 1
#       i64.reinterpret_f64
#       local.get 10
#       i32.const 0
#       local.get 10
#       i32.const 48
#       i32.gt_u
#       select
#       call $obj_resume_var
#     end
#     local.get 11
#     i32.const 3
#     i32.eq
#     local.get 11
#     i32.const 6
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 2
#       i32.const 4
#       local.get 2
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 11
#     i32.const 6
#     i32.eq
#     if ;; label = @1
#       i32.const 4
#       i32.const 2
#       local.get 5
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 11
#     i32.const 6
#     i32.eq
#     if ;; label = @1
#       i32.const 5
#       i32.const 4
#       local.get 6
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 11
#     global.get 0
#     i32.const 1
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     i32.const 0
#     return
#   )
#   (func $V.__init__ (;21;) (type 16) (param i32 f64)
#     (local i32 i32 i32 i32 i32)
#     i32.const 1
#     local.set 4
#     i32.const 2
#     local.set 5
#     i32.const 1
#     local.set 2
#     i32.const 1
#     local.set 3
#     global.get 2
#     i32.const 1
#     i32.add
#     global.set 2
#     global.get 2
#     global.get 3
#     i32.gt_s
#     if ;; label = @1
#       i32.const 22
#       global.set 0
#       return
#     end
#     block ;; label = @1
#       local.get 0
#       i32.const 268435459
#       i32.const 2
#       local.get 1
#       i64.reinterpret_f64
#       local.get 5
#       i32.const 0
#       local.get 5
#       i32.const 48
#       i32.gt_u
#       select
#       call $obj_setattr
#       i32.const 0
#       i32.lt_s
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 2
#         local.set 6
#         br 1 (;@1;)
#       end
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       return
#     end
#     local.get 2
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 4
#       i32.const 0
#       local.get 4
#       i32.const 48
#       i32.gt_u
#       select
#       call $obj_resume_var
#     end
#     local.get 3
#     if ;; label = @1
#       i32.const 1
#       i32.const 2
#       local.get 1
#       i64.reinterpret_f64
#       local.get 5
#       i32.const 0
#       local.get 5
#       i32.const 48
#       i32.gt_u
#       select
#       call $obj_resume_var
#     end
#     local.get 6
#     global.get 0
#     i32.const 2
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     return
#   )
#   (func $entry (;22;) (type 17) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
#     (local i64 i32 i32 i32 i32 i32 i32 i32)
#     global.get 0
#     local.set 12
#     global.get 2
#     local.set 13
#     global.get 3
#     local.set 14
#     global.get 4
#     local.set 15
#     global.get 5
#     local.set 16
#     i32.const 0
#     global.set 0
#     i32.const 0
#     global.set 2
#     local.get 9
#     global.set 3
#     i32.const 65536
#     global.set 4
#     local.get 0
#     i32.wrap_i64
#     call $scale_all
#     i64.extend_i32_u
#     local.set 10
#     i32.const 4
#     local.set 11
#     local.get 0
#     i32.wrap_i64
#     local.tee 17
#     i32.const 4
#     i32.gt_u
#     if ;; label = @1
#       local.get 17
#       call $obj_drop
#     end
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 12
#     global.set 0
#     local.get 13
#     global.set 2
#     local.get 14
#     global.set 3
#     local.get 15
#     global.set 4
#     local.get 16
#     global.set 5
#     local.get 10
#   )
#   (func $status (;23;) (type 0) (result i32)
#     global.get 1
#   )
#   (@custom "pave-names" (after code) "append\0a__mul__\0aV\0ax")
# )
