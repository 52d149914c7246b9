/**
 * The one error type of the platform. Services throw `AppError(code)`; the HTTP layer renders it as
 * RFC 9457 problem+json (`src/http/problem.ts`). Each code is declared once here with its HTTP status
 * and its Vietnamese and English titles. Codes are stable: clients match on them.
 */

interface ErrorSpec {
  status: number;
  vi: string;
  en: string;
}

export const errorCodes = {
  // --- request shape ---
  'validation-failed': { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  'malformed-json': { status: 400, vi: 'Nội dung JSON không đúng cú pháp', en: 'The JSON body is malformed' },
  'body-too-large': { status: 413, vi: 'Nội dung gửi lên quá lớn', en: 'The request body is too large' },
  'file-too-large': { status: 413, vi: 'Tệp quá lớn', en: 'The file is too large' },
  'unsupported-media-type': {
    status: 415,
    vi: 'Kiểu nội dung không được hỗ trợ',
    en: 'The content type is not supported',
  },
  // --- HTTP hardening (src/http: JSON depth, cross-origin writes, database down) ---
  'json-too-deep': {
    status: 400,
    vi: 'Nội dung JSON lồng nhau quá nhiều cấp',
    en: 'The JSON body is nested too deeply',
  },
  'cross-origin-refused': {
    status: 403,
    vi: 'Yêu cầu gửi từ trang web khác bị từ chối',
    en: 'A request sent from another site was refused',
  },
  'database-unavailable': {
    status: 503,
    vi: 'Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau',
    en: 'The database is temporarily unreachable, please try again later',
  },
  'message-malformed': { status: 400, vi: 'Thông điệp không đúng cấu trúc', en: 'The message is malformed' },
  'message-unknown-sender': {
    status: 401,
    vi: 'Hệ thống gửi thông điệp chưa được đăng ký kết nối',
    en: 'The sending system is not registered',
  },
  'message-bad-signature': {
    status: 401,
    vi: 'Chữ ký của thông điệp không hợp lệ',
    en: 'The message signature is invalid',
  },
  'message-body-mismatch': {
    status: 401,
    vi: 'Nội dung thông điệp không khớp với chữ ký',
    en: 'The message body does not match its signature',
  },
  'message-wrong-recipient': {
    status: 400,
    vi: 'Thông điệp không gửi cho hệ thống này',
    en: 'The message is addressed to another system',
  },
  'message-expired': {
    status: 401,
    vi: 'Thông điệp đã quá thời hạn hoặc sai thời gian',
    en: 'The message is outside its time window',
  },
  'message-replayed': {
    status: 409,
    vi: 'Thông điệp đã được nhận trước đó',
    en: 'The message was already received',
  },
  'message-sender-suspended': {
    status: 403,
    vi: 'Hệ thống gửi thông điệp đang bị tạm dừng kết nối',
    en: 'The sending system is suspended',
  },
  'message-agency-of-another-node': {
    status: 403,
    vi: 'Hồ sơ thuộc cơ quan của hệ thống khác, không phải của hệ thống gửi',
    en: 'The dossier belongs to an agency of another system, not of the sender',
  },
  'federation-node-not-found': {
    status: 404,
    vi: 'Không tìm thấy hệ thống kết nối',
    en: 'No such connected system',
  },
  'federation-answer-invalid': {
    status: 502,
    vi: 'Câu trả lời của Cổng quốc gia không có chữ ký hợp lệ',
    en: 'The national portal’s answer is not validly signed',
  },
  'federation-key-invalid': {
    status: 400,
    vi: 'Khóa công khai không hợp lệ (cần khóa Ed25519 dạng PEM)',
    en: 'The public key is not a valid Ed25519 PEM key',
  },
  'dvcqg-dstcode-missing': { status: 400, vi: 'Thiếu tiêu đề dstcode', en: 'The dstcode header is missing' },
  'dvcqg-login-failed': { status: 401, vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
  'dvcqg-session-invalid': { status: 401, vi: 'Phiên làm việc không hợp lệ hoặc đã hết hạn', en: 'The session is invalid or expired' },
  'dvcqg-invalid': { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  'dvcqg-exists': { status: 409, vi: 'Hồ sơ đã tồn tại', en: 'The dossier already exists' },
  'dvcqg-not-found': { status: 404, vi: 'Không tìm thấy dữ liệu', en: 'Not found' },
  'dvcqg-service-unknown': { status: 400, vi: 'Dịch vụ không được hỗ trợ', en: 'The service is not supported' },
  'route-not-found': { status: 404, vi: 'Không tìm thấy địa chỉ yêu cầu', en: 'No such route' },
  'method-not-allowed': { status: 405, vi: 'Phương thức không được phép', en: 'Method not allowed' },
  'uri-too-long': { status: 414, vi: 'Địa chỉ yêu cầu quá dài', en: 'The request URI is too long' },
  'bad-request': { status: 400, vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  'rate-limited': {
    status: 429,
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
    en: 'Too many requests, please try again later',
  },
  // --- identity and access ---
  unauthenticated: { status: 401, vi: 'Cần đăng nhập', en: 'Authentication required' },
  'invalid-credentials': {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong user name or password',
  },
  'totp-required': {
    status: 401,
    vi: 'Cần nhập mã xác thực hai lớp (OTP)',
    en: 'A one-time code is required',
  },
  'totp-invalid': { status: 401, vi: 'Mã xác thực OTP không đúng', en: 'The one-time code is wrong' },
  'totp-reused': {
    status: 401,
    vi: 'Mã xác thực OTP này đã được dùng, vui lòng chờ mã mới',
    en: 'This one-time code was already used; wait for the next one',
  },
  'login-locked': {
    status: 429,
    vi: 'Tài khoản tạm bị khóa đăng nhập do nhập sai nhiều lần, vui lòng thử lại sau',
    en: 'Login is locked for a while after repeated failures; try again later',
  },
  'reauthentication-required': {
    status: 403,
    vi: 'Cần nhập lại mật khẩu hoặc mã OTP hiện tại để thay đổi xác thực hai lớp',
    en: 'Enter your password or a current one-time code to change two-factor authentication',
  },
  forbidden: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You may not do this' },
  'demo-login-disabled': {
    status: 403,
    vi: 'Đăng nhập thử nghiệm chỉ bật ở chế độ trình diễn',
    en: 'Scripted demo login is enabled only in demo mode',
  },
  'invalid-personal-id': {
    status: 400,
    vi: 'Số định danh cá nhân không hợp lệ',
    en: 'The personal identification number is invalid',
  },
  'invalid-tax-code': { status: 400, vi: 'Mã số thuế không hợp lệ', en: 'The tax code is invalid' },
  'invalid-agency-code': {
    status: 400,
    vi: 'Mã định danh cơ quan không hợp lệ',
    en: 'The agency identification code is invalid',
  },
  'officer-exists': { status: 409, vi: 'Cán bộ đã tồn tại', en: 'The officer already exists' },
  'self-grant-refused': {
    status: 403,
    vi: 'Không được tự cấp vai trò cho chính mình',
    en: 'You may not grant a role to yourself',
  },
  'role-not-grantable': {
    status: 403,
    vi: 'Bạn không được cấp vai trò này',
    en: 'You may not grant this role',
  },
  // --- reference data ---
  'agency-not-found': { status: 404, vi: 'Không tìm thấy cơ quan', en: 'Agency not found' },
  'indicator-not-found': { status: 404, vi: 'Không có chỉ tiêu này trong Bộ chỉ số', en: 'No such indicator in the service index' },
  'indicator-not-measured': { status: 404, vi: 'Chỉ tiêu này chưa được đo trên hồ sơ nên không có danh sách hồ sơ', en: 'This indicator is not measured on dossiers, so it has no dossier list' },
  'system-not-found': { status: 404, vi: 'Không tìm thấy hệ thống kết nối', en: 'Connected system not found' },
  'person-not-found': {
    status: 404,
    vi: 'Chưa có thông tin của số định danh này',
    en: 'Nothing is known of this personal ID',
  },
  'unit-not-found': {
    status: 404,
    vi: 'Không tìm thấy đơn vị hành chính',
    en: 'Administrative unit not found',
  },
  'sector-not-found': { status: 404, vi: 'Không tìm thấy lĩnh vực', en: 'Sector not found' },
  'agency-exists': { status: 409, vi: 'Mã cơ quan đã tồn tại', en: 'The agency code already exists' },
  'agency-parent-invalid': {
    status: 400,
    vi: 'Cơ quan cấp trên không hợp lệ',
    en: 'The parent agency is not valid for this agency',
  },
  'agency-has-children': {
    status: 409,
    vi: 'Cơ quan còn đơn vị trực thuộc đang hoạt động',
    en: 'The agency still has active subordinate agencies',
  },
  'invalid-effective-date': {
    status: 400,
    vi: 'Ngày hiệu lực không hợp lệ',
    en: 'The effective date is not valid',
  },
  'one-stop-unit-not-found': {
    status: 404,
    vi: 'Không tìm thấy bộ phận một cửa',
    en: 'One-stop unit not found',
  },
  'one-stop-unit-exists': {
    status: 409,
    vi: 'Mã bộ phận một cửa đã tồn tại',
    en: 'The one-stop unit code already exists',
  },
  // --- catalogue ---
  'procedure-not-found': { status: 404, vi: 'Không tìm thấy thủ tục hành chính', en: 'Procedure not found' },
  'procedure-version-not-found': {
    status: 404,
    vi: 'Không tìm thấy phiên bản thủ tục',
    en: 'Procedure version not found',
  },
  'procedure-exists': { status: 409, vi: 'Mã thủ tục đã tồn tại', en: 'The procedure code already exists' },
  'procedure-version-immutable': {
    status: 409,
    vi: 'Phiên bản đã công bố không được sửa',
    en: 'A published version cannot be changed',
  },
  'procedure-not-published': {
    status: 409,
    vi: 'Thủ tục chưa được công bố hoặc đã bãi bỏ',
    en: 'The procedure is not published or has been retired',
  },
  'procedure-transition-not-allowed': {
    status: 409,
    vi: 'Không thể chuyển trạng thái phiên bản thủ tục',
    en: 'This version cannot move to that state',
  },
  'invalid-procedure-code': {
    status: 400,
    vi: 'Mã thủ tục không hợp lệ',
    en: 'The procedure code is invalid',
  },
  'import-format-invalid': {
    status: 400,
    vi: 'Tệp nhập không đúng định dạng',
    en: 'The import file has an invalid format',
  },
  'procedure-not-competent': {
    status: 409,
    vi: 'Cơ quan không có thẩm quyền giải quyết thủ tục này',
    en: 'The agency is not competent for this procedure',
  },
  // --- workflow (internal procedure steps) ---
  'workflow-template-invalid': {
    status: 400,
    vi: 'Quy trình nội bộ không hợp lệ',
    en: 'The workflow template is invalid',
  },
  'workflow-template-not-found': {
    status: 404,
    vi: 'Không tìm thấy quy trình nội bộ',
    en: 'Workflow template not found',
  },
  'workflow-template-published': {
    status: 409,
    vi: 'Phiên bản quy trình đã công bố, không được sửa',
    en: 'This template version is already published',
  },
  'workflow-step-not-allowed': {
    status: 409,
    vi: 'Không được chuyển hồ sơ đến bước này',
    en: 'The dossier cannot move to this step from its current step',
  },
  'workflow-not-step-holder': {
    status: 403,
    vi: 'Bạn không phụ trách bước xử lý hiện tại của hồ sơ',
    en: 'You do not hold the current step of this dossier',
  },
  'workflow-assignee-not-eligible': {
    status: 403,
    vi: 'Người nhận không có vai trò hoặc không thuộc cơ quan thực hiện bước này',
    en: 'The receiver does not have the role or agency this step requires',
  },
  // --- dossiers ---
  'dossier-not-found': { status: 404, vi: 'Không tìm thấy hồ sơ', en: 'Dossier not found' },
  'dossier-transition-not-allowed': {
    status: 409,
    vi: 'Thao tác không được phép ở trạng thái hiện tại của hồ sơ',
    en: 'This action is not allowed in the dossier’s current status',
  },
  'dossier-version-conflict': {
    status: 409,
    vi: 'Hồ sơ vừa được người khác cập nhật, vui lòng tải lại',
    en: 'Someone else changed the dossier; reload and try again',
  },
  'supplement-items-required': {
    status: 400,
    vi: 'Phải liệt kê đầy đủ các giấy tờ cần bổ sung',
    en: 'Every missing item must be listed',
  },
  'supplement-already-requested': {
    status: 409,
    vi: 'Chỉ được yêu cầu bổ sung một lần, đầy đủ',
    en: 'A supplement may be requested only once, completely',
  },
  'apology-already-given': {
    status: 409,
    vi: 'Chỉ được hẹn lại ngày trả kết quả một lần',
    en: 'A new appointment may be set only once',
  },
  'paper-handover-not-applicable': {
    status: 409,
    vi: 'Hồ sơ này không có hồ sơ giấy phải chuyển (nộp trực tuyến)',
    en: 'This dossier has no paper file to hand over (submitted online)',
  },
  'paper-already-handed-over': {
    status: 409,
    vi: 'Hồ sơ giấy đã được chuyển cho cơ quan giải quyết',
    en: 'The paper file has already been handed over',
  },
  'clock-not-settable': {
    status: 409,
    vi: 'Đồng hồ của hệ thống này không được phép đặt (chỉ ở chế độ thử nghiệm hoặc trình diễn)',
    en: 'The clock of this system cannot be set (test and demo modes only)',
  },
  'apology-too-late': {
    status: 409,
    vi: 'Văn bản xin lỗi phải gửi chậm nhất 01 ngày trước hạn',
    en: 'The apology must be sent at least one day before the due date',
  },
  'due-date-not-working-time': {
    status: 400,
    vi: 'Ngày hẹn trả kết quả phải rơi vào giờ làm việc của cơ quan giải quyết',
    en: 'The appointment must be within the working time of the resolving agency',
  },
  'reason-required': { status: 400, vi: 'Phải nêu rõ lý do', en: 'A reason is required' },
  'procedure-not-online': {
    status: 409,
    vi: 'Thủ tục không cung cấp dịch vụ công trực tuyến',
    en: 'This procedure is not offered online',
  },
  // --- dossier fees, supplement window, legacy import (src/local/dossiers/fees-*, legacy-import*) ---
  'dossier-has-no-fees': {
    status: 409,
    vi: 'Hồ sơ không có khoản phí, lệ phí nào',
    en: 'The dossier has no fees',
  },
  'fees-already-paid': {
    status: 409,
    vi: 'Phí, lệ phí của hồ sơ đã được nộp',
    en: 'The fees of this dossier are already paid',
  },
  'fees-not-settled': {
    status: 409,
    vi: 'Chưa thể trả kết quả: phí, lệ phí của hồ sơ chưa được nộp hoặc miễn',
    en: 'The result cannot be returned: the fees are neither paid nor waived',
  },
  'return-method-required': {
    status: 422,
    vi: 'Phải chọn hình thức trả kết quả',
    en: 'Choose how the result is returned',
  },
  'fee-amount-mismatch': {
    status: 409,
    vi: 'Số tiền nộp không khớp với tổng phí, lệ phí của hồ sơ',
    en: 'The amount differs from the sum of the dossier’s fees',
  },
  'receipt-number-taken': {
    status: 409,
    vi: 'Số biên lai đã được sử dụng trong năm',
    en: 'This receipt number is already used this year',
  },
  'dossier-code-taken': {
    status: 409,
    vi: 'Mã hồ sơ đã được cấp cho hồ sơ khác',
    en: 'The dossier code is already used by another dossier',
  },
  'legacy-code-ambiguous': {
    status: 409,
    vi: 'Mã hồ sơ cũ trùng ở nhiều cơ quan, hãy tra cứu bằng mã hồ sơ mới',
    en: 'The legacy code is used by several agencies; track by the new code',
  },
  // --- payments ---
  'payment-not-found': {
    status: 404,
    vi: 'Không tìm thấy yêu cầu thanh toán',
    en: 'Payment request not found',
  },
  'payment-request-open': {
    status: 409,
    vi: 'Hồ sơ đã có yêu cầu thanh toán đang chờ',
    en: 'The dossier already has an open payment request',
  },
  'payment-state-invalid': {
    status: 409,
    vi: 'Trạng thái yêu cầu thanh toán không cho phép thao tác này',
    en: 'The payment request is not in a state that allows this',
  },
  'payment-checksum-invalid': {
    status: 400,
    vi: 'Mã xác thực của bản tin thanh toán không đúng',
    en: 'The payment message checksum is invalid',
  },
  'payment-reference-unknown': {
    status: 404,
    vi: 'Không tìm thấy mã tham chiếu thanh toán',
    en: 'Unknown payment reference',
  },
  'payment-amount-mismatch': {
    status: 409,
    vi: 'Số tiền hoặc loại tiền không khớp với yêu cầu thanh toán',
    en: 'The amount or currency does not match the payment request',
  },
  'payment-partner-mismatch': {
    status: 409,
    vi: 'Mã đối tác thanh toán không khớp',
    en: 'The payment partner code does not match',
  },
  'payment-gateway-unavailable': {
    status: 502,
    vi: 'Cổng thanh toán không phản hồi hoặc từ chối giao dịch',
    en: 'The payment gateway is unreachable or refused the transaction',
  },
  // --- satisfaction evaluation ---
  'evaluation-not-open': {
    status: 409,
    vi: 'Chỉ đánh giá được hồ sơ đã trả kết quả',
    en: 'Only a dossier whose result was returned can be evaluated',
  },
  'evaluation-exists': {
    status: 409,
    vi: 'Hồ sơ đã được đánh giá',
    en: 'The dossier has already been evaluated',
  },
  'evaluation-not-found': {
    status: 404,
    vi: 'Hồ sơ chưa được đánh giá',
    en: 'The dossier has not been evaluated',
  },
  'evaluation-criteria-unknown': {
    status: 400,
    vi: 'Tiêu chí đánh giá không có trong bộ tiêu chí',
    en: 'Unknown evaluation criterion',
  },
  'evaluation-score-invalid': {
    status: 400,
    vi: 'Điểm đánh giá không hợp lệ hoặc còn thiếu',
    en: 'An evaluation score is out of range or missing',
  },
  'criteria-set-not-found': {
    status: 404,
    vi: 'Không tìm thấy bộ tiêu chí đánh giá',
    en: 'Criteria set not found',
  },
  // --- electronic data warehouse and once-only reuse (src/national/warehouse, src/local/reuse) ---
  'warehouse-document-not-found': {
    status: 404,
    vi: 'Không tìm thấy giấy tờ trong kho dữ liệu',
    en: 'Warehouse document not found',
  },
  'warehouse-document-not-owned': {
    status: 403,
    vi: 'Giấy tờ không thuộc kho dữ liệu của người yêu cầu',
    en: 'The document belongs to someone else’s warehouse',
  },
  'warehouse-access-refused': {
    status: 403,
    vi: 'Không được xem dữ liệu khi chưa có hồ sơ và sự đồng ý hoặc căn cứ pháp lý',
    en: 'Reading a warehouse needs a dossier and the owner’s consent or a legal basis',
  },
  // --- the warehouse across nodes (src/federation/warehouse-remote) ---
  'warehouse-file-mismatch': {
    status: 422,
    vi: 'Tệp lấy về không khớp mã băm SHA-256 hoặc kích thước đã khai',
    en: 'The pulled file does not match its declared SHA-256 or size',
  },
  'warehouse-file-unavailable': {
    status: 502,
    vi: 'Không lấy được tệp từ hệ thống gửi',
    en: 'The file could not be pulled from the depositing system',
  },
  'warehouse-agency-of-another-node': {
    status: 403,
    vi: 'Cơ quan không thuộc hệ thống gửi thông điệp',
    en: 'The agency does not belong to the sending system',
  },
  'warehouse-consent-not-found': { status: 404, vi: 'Không tìm thấy sự đồng ý', en: 'Consent not found' },
  'warehouse-consent-withdrawn': {
    status: 409,
    vi: 'Sự đồng ý đã được rút lại',
    en: 'The consent has been withdrawn',
  },
  // --- counter consent with the person's one-time code (src/national/warehouse/counter-consent.service.ts) ---
  'counter-consent-no-contact': {
    status: 409,
    vi: 'Người này chưa đăng ký số điện thoại hoặc thư điện tử với định danh điện tử: không gửi được mã xác nhận, không thể ghi nhận đồng ý tại quầy theo cách này',
    en: 'This person has no registered phone or e-mail with the e-ID: no code can be sent, so a counter consent cannot be recorded this way',
  },
  'counter-consent-too-many-requests': {
    status: 429,
    vi: 'Đã gửi quá nhiều mã xác nhận cho người này, vui lòng thử lại sau',
    en: 'Too many codes were sent to this person; try again later',
  },
  'counter-consent-challenge-not-found': {
    status: 404,
    vi: 'Không tìm thấy yêu cầu xác nhận đồng ý',
    en: 'No such consent request',
  },
  'counter-consent-code-wrong': {
    status: 403,
    vi: 'Mã xác nhận không đúng',
    en: 'The code is wrong',
  },
  'counter-consent-code-expired': {
    status: 410,
    vi: 'Mã xác nhận đã hết hiệu lực, vui lòng gửi mã mới',
    en: 'The code has expired; send a new one',
  },
  'counter-consent-attempts-exhausted': {
    status: 409,
    vi: 'Đã nhập sai mã quá số lần cho phép, vui lòng gửi mã mới',
    en: 'Too many wrong codes; send a new one',
  },
  'counter-consent-code-used': {
    status: 409,
    vi: 'Mã xác nhận đã được sử dụng',
    en: 'The code has already been used',
  },
  'component-covered-by-warehouse': {
    status: 409,
    vi: 'Giấy tờ này đã có trong kho dữ liệu điện tử, không được yêu cầu nộp lại (trừ khi để xác minh)',
    en: 'A valid warehouse document covers this component; it may not be asked for again unless to verify it',
  },
  'reuse-document-not-usable': {
    status: 409,
    vi: 'Giấy tờ trong kho không dùng được cho thành phần hồ sơ này',
    en: 'This warehouse document cannot be used for that component',
  },
  'reuse-component-unknown': {
    status: 400,
    vi: 'Thành phần hồ sơ không có trong thủ tục',
    en: 'No such component in the procedure',
  },
  'dossier-closed': { status: 409, vi: 'Hồ sơ đã kết thúc', en: 'The dossier is closed' },
  // --- documents: uploads and digitisation (src/platform/documents, src/local/digitisation) ---
  'file-empty': { status: 400, vi: 'Tệp rỗng', en: 'The file is empty' },
  'file-type-not-allowed': {
    status: 415,
    vi: 'Chỉ chấp nhận tệp PDF, JPEG, PNG hoặc TIFF',
    en: 'Only PDF, JPEG, PNG or TIFF files are accepted',
  },
  'file-type-mismatch': {
    status: 400,
    vi: 'Tên hoặc kiểu tệp khai báo không khớp với nội dung tệp',
    en: 'The declared file name or type does not match the content',
  },
  'pdf-corrupt': {
    status: 422,
    vi: 'Tệp PDF bị hỏng hoặc không đầy đủ',
    en: 'The PDF is corrupt or truncated',
  },
  'pdf-encrypted': {
    status: 422,
    vi: 'Tệp PDF được mã hóa hoặc đặt mật khẩu',
    en: 'The PDF is encrypted or password-protected',
  },
  'too-many-pages': { status: 413, vi: 'Tệp có quá nhiều trang', en: 'The document has too many pages' },
  'image-too-large': {
    status: 413,
    vi: 'Ảnh có kích thước điểm ảnh quá lớn',
    en: 'The image has too many pixels',
  },
  'image-corrupt': { status: 422, vi: 'Tệp ảnh bị hỏng', en: 'The image is corrupt' },
  'pdf-expands-too-large': {
    status: 413,
    vi: 'Dữ liệu nén trong tệp PDF giải nén ra quá lớn',
    en: 'The compressed data in the PDF expands beyond the allowed size',
  },
  'pdf-too-many-objects': {
    status: 413,
    vi: 'Tệp PDF có quá nhiều đối tượng',
    en: 'The PDF has too many objects',
  },
  'document-too-complex': {
    status: 422,
    vi: 'Tệp cần quá nhiều thời gian hoặc bộ nhớ để kiểm tra',
    en: 'The file needs more time or memory to check than allowed',
  },
  'documents-busy': {
    status: 503,
    vi: 'Hệ thống đang bận kiểm tra tệp, vui lòng thử lại sau',
    en: 'Too many files are being checked at once; try again shortly',
  },
  'dossier-not-in-reception': {
    status: 409,
    vi: 'Chỉ số hóa giấy tờ khi hồ sơ đang ở khâu tiếp nhận',
    en: 'Papers are digitised only while the dossier is at reception',
  },
  'component-not-found': {
    status: 404,
    vi: 'Không tìm thấy thành phần hồ sơ',
    en: 'Dossier component not found',
  },
  'scan-not-found': { status: 404, vi: 'Không tìm thấy trang quét', en: 'Scanned page not found' },
  'digitisation-no-pages': {
    status: 409,
    vi: 'Thành phần hồ sơ chưa có trang quét nào',
    en: 'The component has no scanned pages yet',
  },
  'component-already-digitised': {
    status: 409,
    vi: 'Thành phần hồ sơ đã được số hóa',
    en: 'The component has already been digitised',
  },
  'digitisation-not-found': {
    status: 404,
    vi: 'Thành phần hồ sơ chưa được số hóa',
    en: 'The component has not been digitised',
  },
  // --- signed documents and verification ---
  'verification-code-invalid': {
    status: 400,
    vi: 'Mã xác thực không đúng định dạng',
    en: 'The verification code is malformed',
  },
  'signed-document-not-found': {
    status: 404,
    vi: 'Không tìm thấy văn bản với mã xác thực này',
    en: 'No document was issued with this verification code',
  },
  'pdf-empty': { status: 400, vi: 'Tệp PDF rỗng', en: 'The PDF file is empty' },
  'pdf-invalid': { status: 422, vi: 'Tệp không phải PDF hợp lệ', en: 'The file is not a valid PDF' },
  'signing-key-unavailable': {
    status: 503,
    vi: 'Không có khóa ký số của cơ quan',
    en: 'The signing key of the agency is not available',
  },
  'signing-disabled': {
    status: 503,
    vi: 'Chức năng ký số đang tắt trên hệ thống này',
    en: 'Document signing is disabled on this system',
  },
  'signed-document-not-valid': {
    status: 409,
    vi: 'Văn bản đã bị thay thế hoặc thu hồi',
    en: 'The document has already been replaced or revoked',
  },
  // --- electronic results ---
  'result-already-issued': {
    status: 409,
    vi: 'Hồ sơ đã có kết quả điện tử',
    en: 'An electronic result was already issued for this dossier',
  },
  'result-not-found': { status: 404, vi: 'Không tìm thấy kết quả', en: 'Result not found' },
  'dossier-has-result': {
    status: 409,
    vi: 'Hồ sơ đã có quyết định, kết quả giải quyết: không thể rút hoặc dừng khi kết quả chưa bị thu hồi',
    en: 'The dossier has a decision or result: it cannot be withdrawn or stopped unless the result is revoked first',
  },
  'result-not-valid': {
    status: 409,
    vi: 'Kết quả đã bị thay thế hoặc thu hồi',
    en: 'The result has already been replaced or revoked',
  },
  // --- generic ---
  'not-found': { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  conflict: { status: 409, vi: 'Xung đột dữ liệu', en: 'Conflict' },
  internal: { status: 500, vi: 'Lỗi hệ thống', en: 'Internal error' },
  'service-unavailable': { status: 503, vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service unavailable' },
  // --- counter reception across systems (src/federation/counter-routing) ---
  'dossier-hosted-elsewhere': {
    status: 409,
    vi: 'Cơ quan giải quyết thuộc hệ thống khác: chuyển hồ sơ đến hệ thống đó',
    en: 'The competent agency is hosted by another system: forward the dossier there',
  },
  'agency-hosted-here': {
    status: 409,
    vi: 'Cơ quan giải quyết thuộc hệ thống này: tiếp nhận hồ sơ trực tiếp',
    en: 'The competent agency is hosted by this system: receive the dossier directly',
  },
  'forwarded-dossier-not-found': {
    status: 404,
    vi: 'Không tìm thấy hồ sơ đã chuyển',
    en: 'Forwarded dossier not found',
  },
  'forwarded-receipt-pending': {
    status: 409,
    vi: 'Đang chờ hệ thống có thẩm quyền tiếp nhận hồ sơ: giấy tiếp nhận được in khi có mã hồ sơ và ngày hẹn trả',
    en: 'Waiting for the competent system to receive the dossier: the receipt is printed once it gives the dossier code and appointment date',
  },
  'forwarded-result-not-ready': {
    status: 409,
    vi: 'Kết quả chưa sẵn sàng để trả tại quầy tiếp nhận',
    en: 'The result is not ready to be returned at the receiving counter',
  },
  // --- declaration e-forms and drafts (src/local/declaration, src/platform/drafts) ---
  'declaration-invalid': {
    status: 422,
    vi: 'Tờ khai chưa đúng hoặc còn thiếu thông tin',
    en: 'The declaration is incomplete or invalid',
  },
  'required-paper-missing': {
    status: 422,
    vi: 'Còn thiếu giấy tờ bắt buộc',
    en: 'A required paper is missing',
  },
  'applicant-not-allowed': {
    status: 422,
    vi: 'Thủ tục này không nhận hồ sơ nộp cho đối tượng đã chọn',
    en: 'This procedure does not accept dossiers for the chosen applicant',
  },
  'draft-not-found': { status: 404, vi: 'Không tìm thấy hồ sơ chưa gửi', en: 'Draft not found' },
  'draft-too-large': { status: 413, vi: 'Hồ sơ chưa gửi quá lớn', en: 'The draft is too large' },
  'drafts-limit': {
    status: 409,
    vi: 'Đã có quá nhiều hồ sơ chưa gửi; hãy gửi hoặc xóa bớt',
    en: 'Too many drafts; send or delete some first',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string | undefined;
  readonly data: Record<string, unknown> | undefined;
  readonly errors: FieldError[] | undefined;

  constructor(
    code: ErrorCode,
    opts: { detail?: string; data?: Record<string, unknown>; errors?: FieldError[]; cause?: unknown } = {},
  ) {
    super(opts.detail ?? errorCodes[code].en, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = errorCodes[code].status;
    this.detail = opts.detail;
    this.data = opts.data;
    this.errors = opts.errors;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/**
 * The titles of a stored error (e.g. a connected system's last refusal, kept as `code` or `code: detail`), for
 * people to read; undefined when it does not start with a known code.
 */
export function errorTitlesOf(stored: string | null | undefined): { code: ErrorCode; vi: string; en: string } | undefined {
  const code = stored?.split(/[:\s]/, 1)[0];
  if (!code || !Object.hasOwn(errorCodes, code)) return undefined;
  const spec = errorCodes[code as ErrorCode];
  return { code: code as ErrorCode, vi: spec.vi, en: spec.en };
}
